import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import JSZip from 'jszip';
import { buildTab } from '../tab/build';
import { buildServer } from './buildServer';

/**
 * `npm run build:deploy`: everything the web app runs, in `dist/deploy/` and zipped as
 * `dist/deploy.zip`, laid out as in the repository so that the bundle finds its files: the server
 * bundle (`dist/server.js`), the production tab (`tab/dist/`) and the files the public site is
 * made of. Nothing is installed or built on the web app (docs/deploy.md).
 */
const root = resolve(__dirname, '..');

/**
 * What the server reads at run time besides the bundle and the tab, relative to the root: the
 * public site's stylesheet and pages, and the design system it publishes with them (source maps
 * left out, as the site leaves them out).
 */
export const runtimeFiles = [
  'site/assets',
  'site/content',
  'node_modules/@cdssnc/gcds-components/package.json',
  'node_modules/@cdssnc/gcds-components/dist/gcds',
] as const;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

async function zipFolder(dir: string, zipFile: string): Promise<void> {
  const zip = new JSZip();
  for (const file of await filesUnder(dir))
    zip.file(relative(dir, file).split('\\').join('/'), await readFile(file));
  await writeFile(zipFile, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

export async function buildDeploy(
  outdir = join(root, 'dist', 'deploy'),
): Promise<{ outdir: string; zipFile: string }> {
  await rm(outdir, { recursive: true, force: true });
  await buildTab({ outdir: join(outdir, 'tab', 'dist') });
  await buildServer(outdir);
  for (const path of runtimeFiles) {
    await mkdir(dirname(join(outdir, path)), { recursive: true });
    await cp(join(root, path), join(outdir, path), {
      recursive: true,
      filter: (source) => !source.endsWith('.map'),
    });
  }
  const { name, version, engines } = JSON.parse(
    await readFile(join(root, 'package.json'), 'utf8'),
  ) as { name: string; version: string; engines: object };
  const start = 'node --enable-source-maps dist/server.js';
  const manifest = { name, version, private: true, engines, scripts: { start } };
  await writeFile(join(outdir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const zipFile = `${outdir}.zip`;
  await zipFolder(outdir, zipFile);
  return { outdir, zipFile };
}

if (require.main === module)
  buildDeploy().then(
    ({ outdir, zipFile }) =>
      console.log(
        `Wrote ${relative(root, outdir)}/ and ${relative(root, zipFile)}; the web app starts it with: node --enable-source-maps dist/server.js`,
      ),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
