import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assetsDir } from './paths';

const gcdsDist = join(
  require.resolve('@cdssnc/gcds-components/package.json'),
  '..',
  'dist',
  'gcds',
);

/**
 * The design system's stylesheet without its icon font, which it loads from a CDN: the site loads
 * nothing from elsewhere, and the components it uses draw no icons from that font.
 */
export function withoutRemoteFonts(css: string): string {
  return css.replace(/@font-face\{[^}]*url\(https?:[^}]*\}/g, '');
}

/**
 * Files the pages need besides themselves: the GC Design System from node_modules (its loader and
 * lazily loaded component chunks, source maps left out) and our stylesheet.
 */
export async function siteAssets(): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const name of await readdir(gcdsDist)) {
    if (name.endsWith('.map')) continue;
    const content = await readFile(join(gcdsDist, name));
    files.set(
      `${assetsDir}/gcds/${name}`,
      name === 'gcds.css' ? Buffer.from(withoutRemoteFonts(content.toString('utf8'))) : content,
    );
  }
  files.set(`${assetsDir}/site.css`, await readFile(join(__dirname, 'assets', 'site.css')));
  return files;
}
