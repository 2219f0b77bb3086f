import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Handler } from '../http';
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
      // The page is small and names the bundle; scripts are rebuilt in place, so revalidate.
      'cache-control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : content);
  };
}
