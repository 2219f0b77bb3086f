/** Characters XML 1.0 cannot hold at all, not even escaped: they are dropped. */
const notXmlCharacters =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text for an XML element or a quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(notXmlCharacters, '').replace(/[&<>"']/g, (c) => escapes[c]!);
}
