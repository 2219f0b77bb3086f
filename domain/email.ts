/**
 * E-mail addresses: an ASCII subset of RFC 5321 that every mail system accepts and that needs no
 * escaping in a `mailto:` link (no `? & = %`), and the key that tells one supplier from another.
 */
const localPart = /^[a-z0-9_+-]+(?:\.[a-z0-9_+-]+)*$/i;
const domainLabel = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

/** What a person typed, in the form it is checked and kept in: NFKC (fullwidth `ｂ` is `b`), trimmed. */
export function normaliseEmail(text: string): string {
  return text.normalize('NFKC').trim();
}

/** RFC 5321 limits: 64 for the local part, 254 in all; the top-level domain is letters. */
export function isEmail(text: string): boolean {
  if (text.length > 254) return false;
  const at = text.lastIndexOf('@');
  const local = text.slice(0, at);
  const labels = text.slice(at + 1).split('.');
  return (
    at > 0 &&
    local.length <= 64 &&
    localPart.test(local) &&
    labels.length >= 2 &&
    labels.every((label) => domainLabel.test(label)) &&
    /^[a-z]{2,63}$/i.test(labels[labels.length - 1]!)
  );
}

/**
 * One supplier, however the address is written: case-folded, and `bob+tag@` is `bob@` (sub-addresses
 * reach the same mailbox), so neither buys a second application or escapes the splitting rule.
 */
export function emailKey(email: string): string {
  const address = normaliseEmail(email).toLowerCase();
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at).replace(/\+.*$/, '');
  return `${local}@${address.slice(at + 1)}`;
}

/** A `mailto:` link whose address can add no header (`?bcc=`) whatever it holds (RFC 6068). */
export function mailtoHref(email: string, subject?: string): string {
  const at = email.lastIndexOf('@');
  const address =
    at > 0
      ? `${encodeURIComponent(email.slice(0, at))}@${encodeURIComponent(email.slice(at + 1))}`
      : encodeURIComponent(email);
  return `mailto:${address}${subject === undefined ? '' : `?subject=${encodeURIComponent(subject)}`}`;
}
