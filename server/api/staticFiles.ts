import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Handler } from '../../runtime/http';
import { fail } from './respond';
import { securityHeaders, tabCsp } from './securityHeaders';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
};

/**
 * Chunks the bundler names by their content (`chunk-2WBZSUBP.js`): a new build makes new names,
 * so a browser may keep them. The page and `main.js` keep their names across builds and are
 * revalidated (`no-cache`).
 */
const hashed = /^[\w-]+-[A-Z0-9]{8}\.js$/;

/** Serves the built tab (`tab/dist`) under `/tab/`; `/tab/` itself is the page. */
export function tabFiles(root: string): Handler {
  return async ({ req, res, url }) => {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return fail(
        res,
        405,
        'methodNotAllowed',
        'tab.api.methodNotAllowed',
        {},
        {},
        { allow: 'GET, HEAD' },
      );
    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname.slice('/tab/'.length)) || 'index.html';
    } catch {
      return fail(res, 404, 'notFound', 'tab.api.notFound');
    }
    const path = normalize(join(root, relative));
    // No way out of the folder, and no hidden files.
    if (!path.startsWith(root + sep) || relative.split('/').some((p) => p.startsWith('.')))
      return fail(res, 404, 'notFound', 'tab.api.notFound');
    const type = types[extname(path)];
    let content: Buffer;
    try {
      if (!type) throw new Error('unknown type');
      content = await readFile(path);
    } catch {
      return fail(res, 404, 'notFound', 'tab.api.notFound');
    }
    res.writeHead(200, {
      ...securityHeaders(tabCsp),
      'content-type': type,
      'content-length': content.length,
      'cache-control': hashed.test(relative) ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : content);
  };
}
