import MarkdownIt from 'markdown-it';

/**
 * Markdown with raw HTML off and no images (a tracking pixel or a broken image is not worth it).
 * Headings are pushed down so text written under the page's own headings never outranks them.
 */
function createRenderer(
  allowLink: (url: string) => boolean,
  headingOffset: number,
): InstanceType<typeof MarkdownIt> {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  md.disable(['image']);
  md.validateLink = (url) => allowLink(url.trim());
  md.core.ruler.push('shift_headings', (state) => {
    for (const token of state.tokens) {
      if (token.type === 'heading_open' || token.type === 'heading_close') {
        const level = Math.min(6, Number(token.tag.slice(1)) + headingOffset);
        token.tag = `h${level}`;
      }
    }
  });
  md.core.ruler.push('external_links', (state) => {
    for (const token of state.tokens) {
      for (const child of token.children ?? []) {
        const href = child.type === 'link_open' ? child.attrGet('href') : null;
        if (typeof href === 'string' && /^https?:/i.test(href))
          child.attrSet('rel', 'noopener noreferrer nofollow');
      }
    }
  });
  return md;
}

const httpOnly = /^https?:\/\/[^\s]+$/i;

/** Text an author wrote: only http(s) links; headings start at level 3, under the page's h2. */
const userMarkdown = createRenderer((url) => httpOnly.test(url), 2);

/** Pages the pilot team writes: also mail links and links within the site; h1 is the page title. */
const contentMarkdown = createRenderer(
  (url) =>
    httpOnly.test(url) || /^mailto:[^\s]+$/i.test(url) || /^[\w.~/-]+(?:#[\w-]*)?$/.test(url),
  0,
);

export function renderUserMarkdown(text: string): string {
  return userMarkdown.render(text);
}

export function renderContentMarkdown(text: string): string {
  return contentMarkdown.render(text);
}
