import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';

/** A parsed page with the few queries the tests need: by tag, attribute and text. */
export function parsePage(markup: string) {
  const doc = parseDocument(markup);
  const all = (test: (el: Element) => boolean) => DomUtils.findAll(test, doc.children);
  return {
    all,
    byTag: (name: string) => all((el) => el.name === name),
    within: (ancestor: Element, test: (el: Element) => boolean) =>
      DomUtils.findAll(test, ancestor.children),
    attr: (el: Element, name: string) => DomUtils.getAttributeValue(el, name),
    text: (el: Element) => DomUtils.textContent(el).replace(/\s+/g, ' ').trim(),
    /** Every element's tag and attributes, to compare what markup a page holds. */
    elements: () => all(() => true).map((el) => ({ name: el.name, attribs: el.attribs })),
  };
}
