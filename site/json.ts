const unsafe: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON that stays inert wherever it lands: a browser that sniffs it as HTML, or a page that
 * embeds it, finds no markup in it. Lone surrogates are escaped by JSON.stringify itself.
 */
export function safeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/[<>&\u2028\u2029]/g, (c) => unsafe[c]!);
}
