/**
 * HTML that is safe by construction: every value interpolated into `html` is escaped unless it is
 * already `SafeHtml` (made by `html` itself or, explicitly, by `trustedHtml`).
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue =
  SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

const special = /[&<>"'`]/;

export function escapeHtml(text: string): string {
  // Most text has nothing to escape; testing first spares building a new string.
  return special.test(text) ? text.replace(/[&<>"'`]/g, (c) => escapes[c]!) : text;
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new SafeHtml(out);
}

/** Marks text as HTML. Only for output of a sanitising renderer (Markdown with raw HTML off). */
export function trustedHtml(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** An href that can never run script: absolute http(s), mailto, or a relative path of our own. */
export function isSafeHref(href: string): boolean {
  if (/^https?:\/\/[^\s]+$/i.test(href) || /^mailto:[^\s]+$/i.test(href)) return true;
  return (
    /^(?:\.{1,2}\/)*[\w.~%-]+(?:\/[\w.~%-]+)*(?:#[\w-]*)?$/.test(href) || /^#[\w-]+$/.test(href)
  );
}

/** A link when the address is safe, the text alone otherwise. */
export function linkOrText(href: string, text: HtmlValue, attributes: SafeHtml = html``): SafeHtml {
  return isSafeHref(href) ? html`<a href="${href}" ${attributes}>${text}</a>` : html`${text}`;
}
