import { build, type Metafile } from 'esbuild';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Bundles the personal tab into `tab/dist/` (served at `/tab/`): one script, no CDN, nothing
 * fetched at run time. `--dev` keeps it readable with a source map.
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
    logLevel: 'warning',
  });
  await writeFile(join(outdir, 'index.html'), page());
  return { outdir, metafile: result.metafile };
}

function page(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Micro-Acquisition</title>
<style>body { margin: 0; }</style>
<script type="module" src="main.js"></script>
</head>
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
