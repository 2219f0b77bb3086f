import { build, type Metafile } from 'esbuild';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fluentNamedImports } from './fluentImports';

/**
 * Bundles the personal tab into `tab/dist/` (served at `/tab/`): `main.js`, the chunks it imports,
 * and chunks loaded on demand (the dashboard's chart); no CDN, nothing fetched from elsewhere at
 * run time. `--dev` keeps it readable with source maps.
 */
export async function buildTab(
  options: { dev?: boolean; outdir?: string } = {},
): Promise<{ outdir: string; metafile: Metafile }> {
  const outdir = options.outdir ?? join(__dirname, 'dist');
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  const result = await build({
    entryPoints: [join(__dirname, 'src', 'main.tsx')],
    outdir,
    bundle: true,
    format: 'esm',
    splitting: true,
    minify: !options.dev,
    sourcemap: options.dev ? 'linked' : false,
    target: ['chrome120', 'edge120', 'safari16', 'firefox120'],
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': JSON.stringify(options.dev ? 'development' : 'production') },
    metafile: true,
    plugins: [fluentNamedImports(join(__dirname, 'src'))],
    logLevel: 'warning',
  });
  await writeFile(join(outdir, 'index.html'), page(initialScripts(result.metafile).slice(1)));
  return { outdir, metafile: result.metafile };
}

/**
 * What the first view downloads before it runs: `main.js` first, then every chunk it imports
 * statically, however deep (file names in `outdir`). Chunks behind `import()` are left out.
 */
export function initialScripts(metafile: Metafile): string[] {
  const outputs = Object.entries(metafile.outputs);
  const entry = outputs.find(([, o]) => o.entryPoint?.endsWith('src/main.tsx'));
  if (!entry) throw new Error('the build has no main.js');
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const i of metafile.outputs[path]!.imports)
      if (i.kind === 'import-statement') visit(i.path);
  };
  visit(entry[0]);
  return [...seen].map((path) => basename(path));
}

/** `modulepreload` asks for main.js's chunks at once instead of after main.js has been parsed. */
function page(chunks: string[]): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Micro-Acquisition</title>
<style>body { margin: 0; }</style>
<script type="module" src="main.js"></script>
${chunks.map((chunk) => `<link rel="modulepreload" href="${chunk}">\n`).join('')}</head>
<body>
<div id="root"></div>
</body>
</html>
`;
}

if (require.main === module) {
  buildTab({ dev: process.argv.includes('--dev') }).then(
    ({ outdir }) => process.stdout.write(`tab built in ${outdir}\n`),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exit(1);
    },
  );
}
