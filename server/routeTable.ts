import type { ServerResponse } from 'node:http';
import type { ParamsOf } from '../contract/routes';
import { isLocale, type Locale } from '../domain/locale';
import type { Handler, PathParams, RequestContext } from '../runtime/http';

/** One entry of a route table: `'GET /api/opportunities/:id/preview'` and its handler. */
export type Route = readonly [key: string, handler: Handler];

/** A route whose handler is given the `:name` parts of its path, typed from the key. */
export function route<K extends string>(
  key: K,
  handler: (context: RequestContext<ParamsOf<K>>) => Promise<void> | void,
): Route {
  return [key, handler as Handler];
}

/**
 * For the public pages' paths, which start with a language (`/:lang/…`): a handler given the
 * locale when the first part is one; otherwise `notFound` answers.
 */
export function localeGuard(notFound: (res: ServerResponse) => Promise<void> | void) {
  return <P extends { lang: string }>(
      answer: (context: RequestContext<P>, locale: Locale) => Promise<void> | void,
    ) =>
    (context: RequestContext<P>) =>
      isLocale(context.params.lang) ? answer(context, context.params.lang) : notFound(context.res);
}

export type RouteMatch =
  | { kind: 'found'; handler: Handler; params: PathParams }
  /** The path is known, the method is not: answer 405 with `Allow`. */
  | { kind: 'wrongMethod'; allow: string[] }
  | { kind: 'none' };

export interface RouteTable {
  match(method: string, pathname: string): RouteMatch;
  /** The keys, as registered. */
  keys(): string[];
}

type Segment = { literal: string } | { param: string };

interface Pattern {
  path: string;
  segments: Segment[];
  methods: Map<string, Handler>;
}

function compile(path: string): Segment[] {
  return path
    .split('/')
    .map((part) => (part.startsWith(':') ? { param: part.slice(1) } : { literal: part }));
}

/**
 * A literal segment is more specific than a parameter (`/api/people/invitations` before
 * `/api/people/:id`): patterns sorted by this key, a 0 per literal and a 1 per parameter.
 */
function specificity(pattern: Pattern): string {
  return pattern.segments.map((segment) => ('literal' in segment ? '0' : '1')).join('');
}

/** The decoded parameters if `parts` fit the pattern; a parameter is one non-empty segment. */
function paramsOf(pattern: Pattern, parts: string[]): PathParams | null {
  if (pattern.segments.length !== parts.length) return null;
  const params: Record<string, string> = {};
  for (const [i, segment] of pattern.segments.entries()) {
    const part = parts[i]!;
    if ('literal' in segment) {
      if (segment.literal !== part) return null;
    } else {
      if (!part) return null;
      try {
        params[segment.param] = decodeURIComponent(part);
      } catch {
        return null;
      }
    }
  }
  return params;
}

/**
 * The one way requests find their handler: keys like `'GET /api/opportunities/:id'`, where `:id`
 * is one segment of the path (its format is the handler's to check, from `domain/`). A path no
 * key has is `none` (404); a path some key has with another method is `wrongMethod` (405).
 */
export function routeTable(routes: Iterable<Route>): RouteTable {
  const patterns = new Map<string, Pattern>();
  const keys: string[] = [];
  for (const [key, handler] of routes) {
    const [method, path, extra] = key.split(' ');
    if (!method || !path?.startsWith('/') || extra !== undefined)
      throw new Error(`A route is "METHOD /path", not "${key}"`);
    const pattern = patterns.get(path) ?? { path, segments: compile(path), methods: new Map() };
    if (pattern.methods.has(method)) throw new Error(`Two routes for ${key}`);
    pattern.methods.set(method, handler);
    patterns.set(path, pattern);
    keys.push(key);
  }
  const ordered = [...patterns.values()].sort((a, b) =>
    specificity(a).localeCompare(specificity(b)),
  );
  return {
    keys: () => [...keys],
    match(method, pathname) {
      const parts = pathname.split('/');
      const allow: string[] = [];
      for (const pattern of ordered) {
        const params = paramsOf(pattern, parts);
        if (!params) continue;
        const handler = pattern.methods.get(method);
        if (handler) return { kind: 'found', handler, params };
        allow.push(...[...pattern.methods.keys()].filter((m) => !allow.includes(m)));
      }
      return allow.length > 0 ? { kind: 'wrongMethod', allow } : { kind: 'none' };
    },
  };
}
