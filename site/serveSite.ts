import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve, sep } from 'node:path';
import { sitePageHeaders } from './csp';
import { contentTypeOf } from './publishTarget';

export type SiteHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
) => Promise<boolean>;

const notFoundPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Not found - Page introuvable</title></head>
<body><main><h1>Page not found</h1><p><a href="/opportunities/en/index.html">Micro-acquisition opportunities</a></p>
<h1 lang="fr">Page introuvable</h1><p lang="fr"><a href="/opportunities/fr/index.html">Occasions de micro-acquisition</a></p></main></body></html>
`;

/**
 * Serves the published folder under `prefix` (the dev server's /opportunities/), with the headers
 * the static website cannot send: the CSP with frame-ancestors, nosniff, a referrer of the origin only. Answers
 * false for paths outside the prefix so the server can try its other routes.
 */
export function createSiteHandler(options: {
  dir: string;
  prefix?: string;
  /** The application endpoint the open opportunities' forms post to. */
  formAction?: string;
}): SiteHandler {
  const root = resolve(options.dir);
  const prefix = (options.prefix ?? '/opportunities').replace(/\/+$/, '');
  return async (req, res, pathname) => {
    if (pathname !== prefix && !pathname.startsWith(`${prefix}/`)) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return true;
    }
    if (pathname === prefix) {
      res.writeHead(301, { location: `${prefix}/` }).end();
      return true;
    }
    let relative: string;
    try {
      relative = decodeURIComponent(pathname.slice(prefix.length + 1));
    } catch {
      relative = '\0';
    }
    if (relative === '' || relative.endsWith('/')) relative += 'index.html';
    const file = resolve(root, relative);
    const hidden = relative.split('/').some((part) => part.startsWith('.'));
    const headers = sitePageHeaders(options.formAction);
    const info =
      !hidden && !relative.includes('\0') && file.startsWith(root + sep)
        ? await stat(file).catch(() => null)
        : null;
    if (!info?.isFile()) {
      res.writeHead(404, {
        ...headers,
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : notFoundPage);
      return true;
    }
    res.writeHead(200, {
      ...headers,
      'content-type': contentTypeOf(file),
      'content-length': info.size,
      // Pages change when opportunities do; the design system's files only with a new release.
      'cache-control': relative.startsWith('assets/') ? 'public, max-age=3600' : 'no-cache',
      'last-modified': info.mtime.toUTCString(),
    });
    if (req.method === 'HEAD') res.end();
    else
      await new Promise<void>((done, fail) =>
        createReadStream(file).on('error', fail).on('end', done).pipe(res),
      );
    return true;
  };
}

/**
 * The same, shaped for server/app.ts's `mounts`:
 * `mounts: [['/opportunities', siteMount({ dir: 'data/site' })]]`.
 */
export function siteMount(options: {
  dir: string;
  prefix?: string;
  formAction?: string;
}): (context: { req: IncomingMessage; res: ServerResponse; url: URL }) => Promise<void> {
  const handle = createSiteHandler(options);
  return async ({ req, res, url }) => {
    // A path that only starts like the prefix (`/opportunitiesX`): the site's 404, headers and all.
    if (!(await handle(req, res, url.pathname)))
      res
        .writeHead(404, {
          ...sitePageHeaders(options.formAction),
          'content-type': 'text/html; charset=utf-8',
          'cache-control': 'no-store',
        })
        .end(req.method === 'HEAD' ? undefined : notFoundPage);
  };
}
