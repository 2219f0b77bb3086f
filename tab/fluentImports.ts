import type { Plugin } from 'esbuild';
import { readFileSync, readdirSync, realpathSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';

const barrel = '@fluentui/react-components';

/**
 * Replaces `@fluentui/react-components` in the tab's own files by a module that re-exports only
 * the names they import, each from the package that defines it (the same modules, so the same
 * code runs).
 *
 * Why: that index re-exports every Fluent package, and esbuild puts a file in the chunk shared by
 * main.js and a lazy chunk as soon as both reach the file, used or not. Through the index,
 * main.js reached every Fluent file, so what the dashboard chart uses of Fluent (menus, popovers,
 * tooltips, positioning) was downloaded with the first view: 31 KB more, gzipped.
 */
export function fluentNamedImports(sourceFolder: string): Plugin {
  // esbuild names importers by their real path.
  const sourceDir = realpathSync(sourceFolder);
  return {
    name: 'fluent-named-imports',
    setup(build) {
      const packageDir = dirname(require.resolve(`${barrel}/package.json`));
      build.onResolve({ filter: /^@fluentui\/react-components$/ }, ({ importer }) =>
        importer.startsWith(sourceDir + sep) ? { path: barrel, namespace: 'fluent-named' } : null,
      );
      build.onLoad({ filter: /.*/, namespace: 'fluent-named' }, () => {
        const origins = exportsOf(readFileSync(join(packageDir, 'lib', 'index.js'), 'utf8'));
        const lines = [...importedNames(sourceDir)].map((name) => {
          const origin = origins.get(name);
          if (!origin) throw new Error(`${barrel} does not export ${name} from a package`);
          return `export { ${origin.name} as ${name} } from '${origin.from}';`;
        });
        return { contents: lines.join('\n'), resolveDir: packageDir, loader: 'js' };
      });
    },
  };
}

/** `export { a, b as c } from "pkg";` lines of the index: c → b in pkg. */
function exportsOf(index: string): Map<string, { name: string; from: string }> {
  const origins = new Map<string, { name: string; from: string }>();
  for (const [, list, from] of index.matchAll(/export\s*\{([^}]*)\}\s*from\s*"([^"]+)"/g))
    for (const item of list!.replace(/\/\*[\s\S]*?\*\//g, '').split(',')) {
      const [name, alias] = item.trim().split(/\s+as\s+/);
      if (name) origins.set(alias ?? name, { name, from: from! });
    }
  return origins;
}

/** Values the tab's source files import from the index (type-only names need no module). */
function importedNames(dir: string): Set<string> {
  const names = new Set<string>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name)) continue;
    const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    for (const [, list] of text.matchAll(
      /import\s*\{([^}]*)\}\s*from\s*'@fluentui\/react-components'/g,
    ))
      for (const item of list!.split(',')) {
        const name = item.trim().split(/\s+as\s+/)[0]!;
        if (name && !name.startsWith('type ')) names.add(name);
      }
  }
  return names;
}
