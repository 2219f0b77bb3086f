import { readFileSync } from 'node:fs';

/**
 * Just enough of Bicep to read infra/azure.bicep in tests: the Bicep compiler cannot be installed
 * on this machine (docs/deploy.md), so the tests read the declarations themselves.
 */
export interface BicepFile {
  text: string;
  params: { name: string; type: string; hasDefault: boolean }[];
  outputs: string[];
  /** One-line `var name = expression` declarations. */
  vars: Map<string, string>;
  resources: { symbol: string; type: string; body: string }[];
}

/** The text with comments and string contents blanked (same length), so braces can be counted. */
function blankStringsAndComments(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (text.startsWith('//', i)) {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? text.length : end;
      out += ' '.repeat(stop - i);
      i = stop;
    } else if (text.startsWith('/*', i)) {
      const stop = text.indexOf('*/', i) + 2;
      out += text.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else if (text[i] === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== "'") j += text[j] === '\\' ? 2 : 1;
      out += `'${' '.repeat(j - i - 1)}'`;
      i = j + 1;
    } else {
      out += text[i];
      i++;
    }
  }
  return out;
}

/** The `{ … }` block that opens at or after `from`, braces inside strings ignored. */
export function blockAfter(text: string, from: number): { start: number; end: number } {
  const blank = blankStringsAndComments(text);
  const start = blank.indexOf('{', from);
  if (start === -1) throw new Error(`no block after offset ${from}`);
  let depth = 0;
  for (let i = start; i < blank.length; i++) {
    if (blank[i] === '{') depth++;
    else if (blank[i] === '}' && --depth === 0) return { start, end: i + 1 };
  }
  throw new Error(`unclosed block at offset ${start}`);
}

/** `key: value` lines directly inside a `{ … }` block (not in nested blocks). */
export function topLevelProperties(block: string): Map<string, string> {
  const blank = blankStringsAndComments(block);
  const properties = new Map<string, string>();
  let depth = 0;
  let depthAtLineStart = 0;
  let lineStart = 0;
  for (let i = 0; i <= blank.length; i++) {
    if (i === blank.length || blank[i] === '\n') {
      const line = block.slice(lineStart, i);
      const match = /^\s*([A-Za-z_]\w*|'[^']*'):\s*(.*?)\s*$/.exec(line);
      if (depthAtLineStart === 1 && match)
        properties.set(match[1]!.replace(/^'|'$/g, ''), match[2]!);
      lineStart = i + 1;
      depthAtLineStart = depth;
    } else if (blank[i] === '{' || blank[i] === '[') depth++;
    else if (blank[i] === '}' || blank[i] === ']') depth--;
  }
  return properties;
}

export function readBicep(path: string): BicepFile {
  const text = readFileSync(path, 'utf8');
  const params = [...text.matchAll(/^param\s+(\w+)\s+(\w+)(\s*=.*)?$/gm)].map((m) => ({
    name: m[1]!,
    type: m[2]!,
    hasDefault: Boolean(m[3]),
  }));
  const outputs = [...text.matchAll(/^output\s+(\w+)\s+\w+\s*=/gm)].map((m) => m[1]!);
  const vars = new Map(
    [...text.matchAll(/^var\s+(\w+)\s*=\s*(.+?)\s*$/gm)].map((m) => [m[1]!, m[2]!] as const),
  );
  const resources = [...text.matchAll(/^resource\s+(\w+)\s+'([^']+)'/gm)].map((m) => {
    const { start, end } = blockAfter(text, m.index);
    return { symbol: m[1]!, type: m[2]!.replace(/@.*$/, ''), body: text.slice(start, end) };
  });
  return { text, params, outputs, vars, resources };
}

/** The properties block of a resource (or of a nested object such as `siteConfig`). */
export function propertiesOf(body: string, key = 'properties'): Map<string, string> {
  const at = new RegExp(`^\\s*${key}:\\s*\\{`, 'm').exec(body);
  if (!at) throw new Error(`no ${key} block`);
  const { start, end } = blockAfter(body, at.index);
  return topLevelProperties(body.slice(start, end));
}

/** A Bicep string literal's value, or undefined for any other expression. */
export function literal(expression: string): string | undefined {
  return /^'[^']*'$/.test(expression) && !expression.includes('${')
    ? expression.slice(1, -1)
    : undefined;
}

/** Bicep's string escapes: `\'`, `\\`, `\$` (a literal `${`), and the control characters. */
const escapes: Readonly<Record<string, string>> = {
  "'": "'",
  '\\': '\\',
  $: '$',
  n: '\n',
  r: '\r',
  t: '\t',
};

/**
 * Evaluates the expressions app settings use: string literals with escapes and `${…}`
 * interpolations, and plain references, each reference looked up in `values` (what ARM returns
 * for it).
 */
export function evaluate(expression: string, values: Readonly<Record<string, string>>): string {
  const lookup = (reference: string): string => {
    const value = values[reference.trim()];
    if (value === undefined)
      throw new Error(`no sample value for the Bicep expression ${reference}`);
    return value;
  };
  if (!/^'.*'$/.test(expression)) return lookup(expression);
  const body = expression.slice(1, -1);
  let out = '';
  let i = 0;
  while (i < body.length) {
    if (body[i] === '\\') {
      const escaped = escapes[body[i + 1] ?? ''];
      if (escaped === undefined) throw new Error(`unknown escape in ${expression}`);
      out += escaped;
      i += 2;
    } else if (body.startsWith('${', i)) {
      const end = body.indexOf('}', i);
      out += lookup(body.slice(i + 2, end));
      i = end + 1;
    } else {
      out += body[i];
      i++;
    }
  }
  return out;
}
