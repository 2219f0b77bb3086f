import { readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

/**
 * Where a process's CPU time went, from a V8 `.cpuprofile` (`node --cpu-prof`): self and total
 * time by function, by module folder (our domain/, storage/, bot/, server/, site/; botbuilder,
 * the Azure SDK, token libraries, JSON, GC…), and time charged to the deepest frame of our own code
 * on the stack (what our code caused, including the libraries it called).
 *
 * `npx tsx bench/profileSummary.ts <file.cpuprofile | folder> [--from <µs> --to <µs>] [--top N]`:
 * a folder means every profile in it; `--from`/`--to` keep the samples in that window of the
 * monotonic clock (what `process.hrtime.bigint()` / 1000 gives; the load benchmark writes its
 * load window to `window.json` beside the profiles and it is used when present).
 */

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const root = resolve(__dirname, '..');

/** Where a frame's code lives, as a short name: our folder, a package, or V8's own buckets. */
export function categoryOf(frame: CallFrame): string {
  const { functionName: name, url } = frame;
  if (name === '(garbage collector)') return 'GC';
  if (name === '(idle)') return 'idle';
  if (name === '(program)') return '(program: V8/native, no JS frame)';
  if (!url) {
    if (name === 'parse' || name === 'stringify') return 'JSON';
    return 'native / builtins';
  }
  if (url.startsWith('node:')) return 'node internals';
  const path = url.startsWith('file://') ? decodeURIComponent(url.slice('file://'.length)) : url;
  const modules = path.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const rest = path.slice(modules + '/node_modules/'.length).split('/');
    const pkg = rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
    if (/^(botbuilder|botframework-)/.test(pkg)) return 'botbuilder (+ botframework-*)';
    if (pkg === '@azure/data-tables') return '@azure/data-tables';
    if (
      pkg.startsWith('@azure/core-') ||
      pkg === '@azure/abort-controller' ||
      pkg === '@azure/logger'
    )
      return '@azure/core-* (HTTP pipeline)';
    if (pkg === 'jose' || pkg === 'jsonwebtoken' || pkg === 'jwks-rsa')
      return 'jose / jsonwebtoken';
    if (pkg === 'tsx' || pkg === 'esbuild' || pkg === 'get-tsconfig') return 'tsx (loader)';
    // Azurite by part: its HTTP layer, batch parsing, query evaluation, the in-memory tables.
    if (pkg === 'azurite') return `azurite/${rest.slice(3, 5).join('/').replace(/\.js$/, '')}`;
    return `node_modules/${pkg}`;
  }
  const own = relative(root, path);
  if (!own.startsWith('..')) {
    const top = own.split('/')[0]!;
    return own.includes('/') ? `${top}/` : own;
  }
  return 'other';
}

const ownFolders = new Set(['domain/', 'storage/', 'bot/', 'server/', 'site/', 'tab/']);
/**
 * Our storage plumbing: the SDK's pipeline policies and the wrapper every call goes through. Time
 * below them is charged to the code above that made the call (the store method, the route).
 */
const plumbing = /^storage\/(connection|deadline|errors)\.ts$/;
const isPlumbing = (frame: CallFrame) =>
  plumbing.test(relative(root, frame.url.replace(/^file:\/\//, '')));

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A source map's mappings, decoded: per generated line, [column, original line] pairs in order. */
function decodeMappings(mappings: string): Array<Array<[number, number]>> {
  const lines: Array<Array<[number, number]>> = [];
  let source = 0;
  let originalLine = 0;
  let originalColumn = 0;
  let name = 0;
  for (const line of mappings.split(';')) {
    const segments: Array<[number, number]> = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = base64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0]!;
      if (values.length >= 4) {
        source += values[1]!;
        originalLine += values[2]!;
        originalColumn += values[3]!;
        if (values.length >= 5) name += values[4]!;
        segments.push([column, originalLine]);
      }
    }
    lines.push(segments);
  }
  void source;
  void originalColumn;
  void name;
  return lines;
}

/**
 * tsx runs our TypeScript as whitespace-minified JavaScript (a whole module on one line), so a
 * profile's line numbers say nothing: tsx's cache (`<tmpdir>/tsx-<uid>/`) holds the code it ran
 * with its source map, which gives the line in our file back; the newest entry for a file is taken.
 */
class TsxSourceMaps {
  private index: Map<string, { file: string; mtime: number }> | undefined;
  private readonly decoded = new Map<
    string,
    { mappings: Array<Array<[number, number]>>; lines: string[] } | null
  >();

  private entries() {
    if (this.index) return this.index;
    this.index = new Map();
    let folders: string[] = [];
    try {
      folders = readdirSync(tmpdir())
        .filter((f) => f.startsWith('tsx-'))
        .map((f) => join(tmpdir(), f));
    } catch {
      // No cache: frames keep their generated lines.
    }
    for (const folder of folders) {
      for (const name of readdirSync(folder)) {
        const file = join(folder, name);
        try {
          const stat = statSync(file);
          if (!stat.isFile()) continue;
          // The path is near the start ("__filename=\"…\""); read only what is needed to find it.
          const text = readFileSync(file, 'utf8');
          const match = /__filename=\\"([^"\\]+)\\"/.exec(text.slice(0, 600));
          if (!match) continue;
          const path = match[1]!;
          const known = this.index.get(path);
          if (!known || known.mtime < stat.mtimeMs)
            this.index.set(path, { file, mtime: stat.mtimeMs });
        } catch {
          // Unreadable entry: skip it.
        }
      }
    }
    return this.index;
  }

  /** Our file's 1-based line for a frame at (0-based) line and column of the code tsx ran. */
  original(path: string, line: number, column: number): { line: number; text: string } | null {
    if (!this.decoded.has(path)) {
      const entry = this.entries().get(path);
      let value = null;
      if (entry) {
        try {
          const { map } = JSON.parse(readFileSync(entry.file, 'utf8')) as {
            map: { mappings: string };
          };
          value = {
            mappings: decodeMappings(map.mappings),
            lines: readFileSync(path, 'utf8').split('\n'),
          };
        } catch {
          value = null;
        }
      }
      this.decoded.set(path, value);
    }
    const found = this.decoded.get(path);
    const segments = found?.mappings[line];
    if (!found || !segments?.length) return null;
    let best = segments[0]!;
    for (const segment of segments) {
      if (segment[0] > column) break;
      best = segment;
    }
    return { line: best[1] + 1, text: (found.lines[best[1]] ?? '').trim().slice(0, 60) };
  }
}

const sourceMaps = new TsxSourceMaps();

function frameKey(frame: CallFrame): string {
  const name = frame.functionName || '(anonymous)';
  if (!frame.url) return name;
  const path = frame.url.startsWith('file://') ? frame.url.slice('file://'.length) : frame.url;
  const modules = path.lastIndexOf('/node_modules/');
  if (modules >= 0)
    return `${name}  ${path.slice(modules + '/node_modules/'.length)}:${frame.lineNumber + 1}`;
  const own = relative(root, path) || path;
  const original = path.endsWith('.ts')
    ? sourceMaps.original(path, frame.lineNumber, frame.columnNumber)
    : null;
  if (!original) return `${name}  ${own}:${frame.lineNumber + 1}`;
  // Anonymous functions are named by the line that starts them.
  return name === '(anonymous)'
    ? `${own}:${original.line}  ${original.text}`
    : `${name}  ${own}:${original.line}`;
}

export interface Summary {
  /** Sampled time, in milliseconds, inside the window. */
  totalMs: number;
  idleMs: number;
  bySelf: Map<string, number>;
  byTotal: Map<string, number>;
  categorySelf: Map<string, number>;
  categoryTotal: Map<string, number>;
  /** Each sample charged to the deepest frame of our own code on its stack. */
  ownCharged: Map<string, number>;
  ownFileCharged: Map<string, number>;
}

const add = (map: Map<string, number>, key: string, ms: number) =>
  map.set(key, (map.get(key) ?? 0) + ms);

export function summariseProfile(
  profile: CpuProfile,
  window: { from?: number; to?: number } = {},
): Summary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const s: Summary = {
    totalMs: 0,
    idleMs: 0,
    bySelf: new Map(),
    byTotal: new Map(),
    categorySelf: new Map(),
    categoryTotal: new Map(),
    ownCharged: new Map(),
    ownFileCharged: new Map(),
  };
  // Stacks are shared by many samples: work each node's out once.
  const stacks = new Map<number, CallFrame[]>();
  const stackOf = (id: number) => {
    let stack = stacks.get(id);
    if (!stack) {
      stack = [];
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const frame = byId.get(at)!.callFrame;
        if (frame.functionName !== '(root)') stack.push(frame);
      }
      stacks.set(id, stack);
    }
    return stack;
  };
  let time = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    time += profile.timeDeltas[i] ?? 0;
    // A sample's time is the gap to the next one.
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (window.from !== undefined && time < window.from) continue;
    if (window.to !== undefined && time > window.to) continue;
    const stack = stackOf(profile.samples[i]!);
    const leaf = stack[0];
    if (!leaf) continue;
    s.totalMs += ms;
    const leafCategory = categoryOf(leaf);
    if (leafCategory === 'idle') {
      s.idleMs += ms;
      continue;
    }
    add(s.bySelf, frameKey(leaf), ms);
    add(s.categorySelf, leafCategory, ms);
    const keys = new Set<string>();
    const categories = new Set<string>();
    let own: CallFrame | undefined;
    for (const frame of stack) {
      keys.add(frameKey(frame));
      const category = categoryOf(frame);
      categories.add(category);
      if (!own && ownFolders.has(category) && !isPlumbing(frame)) own = frame;
    }
    for (const key of keys) add(s.byTotal, key, ms);
    for (const category of categories) add(s.categoryTotal, category, ms);
    // Without a frame of ours: the library the time was spent in (for node's own code, which part).
    const nearest = stack.find((f) => f.url) ?? leaf;
    const where = nearest.url.startsWith('node:')
      ? nearest.url.replace(/^node:(internal\/)?/, 'node:')
      : categoryOf(nearest);
    const charged = own ? frameKey(own) : `(no frame of ours: ${where})`;
    add(s.ownCharged, charged, ms);
    add(s.ownFileCharged, own ? relative(root, own.url.replace(/^file:\/\//, '')) : charged, ms);
  }
  return s;
}

function table(title: string, map: Map<string, number>, busyMs: number, top: number): string {
  const rows = [...map].sort((a, b) => b[1] - a[1]).slice(0, top);
  const lines = rows.map(
    ([key, ms]) =>
      `  ${(ms / 1000).toFixed(2).padStart(8)} s ${((100 * ms) / busyMs).toFixed(1).padStart(5)} %  ${key}`,
  );
  return [`${title} (top ${rows.length}, % of busy time)`, ...lines].join('\n');
}

export function formatProfileSummary(name: string, s: Summary, top = 25): string {
  const busy = s.totalMs - s.idleMs;
  const line = `### ${name}: ${(s.totalMs / 1000).toFixed(1)} s sampled, ${(busy / 1000).toFixed(1)} s busy`;
  // A profile with almost nothing in it (tsx's module-loading thread, say): one line.
  if (busy < 50) return `${line}\n\n`;
  const ours = [...s.ownCharged.keys()].some((key) => !key.startsWith('(no frame of ours'));
  return [
    `### ${name}: ${(s.totalMs / 1000).toFixed(1)} s sampled, ${(busy / 1000).toFixed(1)} s busy (${((100 * busy) / Math.max(1, s.totalMs)).toFixed(0)} %), ${(s.idleMs / 1000).toFixed(1)} s idle`,
    table('self time by module folder', s.categorySelf, busy, top),
    table('total time by module folder (on the stack)', s.categoryTotal, busy, top),
    table('self time by function', s.bySelf, busy, top),
    table('total time by function', s.byTotal, busy, top),
    ...(ours
      ? [
          table(
            'charged to our deepest frame, storage plumbing skipped (file)',
            s.ownFileCharged,
            busy,
            top,
          ),
          table(
            'charged to our deepest frame, storage plumbing skipped (function)',
            s.ownCharged,
            busy,
            top,
          ),
        ]
      : []),
    '',
  ].join('\n\n');
}

function profilesIn(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.cpuprofile'))
    .sort()
    .map((f) => join(path, f));
}

/** Reads `window.json` ({ from, to } in µs of the monotonic clock) from the folder, if any. */
function windowFor(path: string): { from?: number; to?: number } {
  const folder = statSync(path).isDirectory() ? path : join(path, '..');
  for (const place of [folder, join(folder, '..')]) {
    try {
      return JSON.parse(readFileSync(join(place, 'window.json'), 'utf8')) as {
        from?: number;
        to?: number;
      };
    } catch {
      // Not here: the folder above (profiles sit in `server/` and `azurite/`).
    }
  }
  return {};
}

export function summariseProfiles(path: string, top = 25): string {
  const window = windowFor(path);
  return profilesIn(path)
    .map((file) => {
      const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
      return formatProfileSummary(
        relative(process.cwd(), file),
        summariseProfile(profile, window),
        top,
      );
    })
    .join('\n');
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const at = args.indexOf(name);
    if (at < 0) return undefined;
    const [, value] = args.splice(at, 2);
    return Number(value);
  };
  const top = option('--top') ?? 25;
  const from = option('--from');
  const to = option('--to');
  const path = args[0];
  if (!path) {
    console.error('usage: npx tsx bench/profileSummary.ts <file.cpuprofile | folder> [--top N]');
    process.exit(2);
  }
  if (from !== undefined || to !== undefined) {
    for (const file of profilesIn(path)) {
      const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
      process.stdout.write(
        formatProfileSummary(file, summariseProfile(profile, { from, to }), top),
      );
    }
  } else process.stdout.write(summariseProfiles(path, top));
}
