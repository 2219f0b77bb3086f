import { build, type Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * `npm run build:server`: bundles server/main.ts and what it imports into one file,
 * `dist/server.js`, that production runs with plain `node` (no tsx, no TypeScript).
 * scripts/buildDeploy.ts puts it in the deployable app (docs/deploy.md).
 */
const root = resolve(__dirname, '..');

/**
 * Left out of the bundle: esbuild (only the development-mode tab build loads it), Azurite (started
 * as its own process in development) and the design system, whose files are read, not imported.
 */
const external = ['esbuild', 'azurite', '@cdssnc/gcds-components'];

/**
 * Two things our sources say that mean something else inside one bundle:
 * - they find their files next to themselves (`site/content/`, `tab/dist/`…) through `__dirname`,
 *   which would be the bundle's folder for all of them: each gets its own folder back, found from
 *   the bundle's place in the tree it runs in (always `dist/server.js`, in the repository as in
 *   the deployed app);
 * - scripts that run themselves when they are the main module (tab/build.ts) test
 *   `require.main === module`, which would be true for every module of the bundle.
 */
const ourSources: Plugin = {
  name: 'our-sources',
  setup(bundle) {
    bundle.onLoad({ filter: /\.tsx?$/ }, async (args) => {
      if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
      const text = await readFile(args.path, 'utf8');
      if (!/__dirname|require\.main === module/.test(text)) return undefined;
      const folder = relative(root, dirname(args.path)).split(sep).join('/');
      return {
        contents: text
          .replace(/\b__dirname\b/g, `__sourceDir(${JSON.stringify(folder)})`)
          .replace(/\brequire\.main === module\b/g, 'false'),
        loader: args.path.endsWith('.tsx') ? 'tsx' : 'ts',
      };
    });
  },
};

const banner = [
  "const __sourceDir = (dir) => require('node:path').join(__dirname, '..', dir);",
  // Some SDKs ship ES modules that locate themselves with import.meta.url, empty in CommonJS.
  "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;",
].join('\n');

/** Bundles the server into `TREE/dist/server.js`; TREE is the repository unless told otherwise. */
export async function buildServer(tree = root): Promise<{ outfile: string }> {
  const outfile = join(tree, 'dist', 'server.js');
  await build({
    entryPoints: [join(root, 'server', 'main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'linked',
    sourcesContent: false,
    external,
    define: { 'import.meta.url': '__bundleUrl' },
    banner: { js: banner },
    plugins: [ourSources],
    logLevel: 'warning',
  });
  return { outfile };
}

async function main(): Promise<void> {
  const { outfile } = await buildServer();
  console.log(`Wrote ${relative(root, outfile)}: run it with node ${relative(root, outfile)}`);
}

if (require.main === module)
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
