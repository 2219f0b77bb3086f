import type { Verb } from '../verbs';

/**
 * Adaptive Card 1.5 building blocks as plain objects. Text goes into RichTextBlock/TextRun,
 * which render no Markdown: a title like `[Approve](https://evil)` shows as typed. No text
 * anywhere in our cards is interpreted as Markdown, so nothing needs escaping.
 */
export type Element = Record<string, unknown>;

export type Card = {
  type: 'AdaptiveCard';
  $schema: string;
  /** 1.5, except the cards of a link's preview or a search result, which Teams renders up to 1.3. */
  version: '1.3' | '1.5';
  body: Element[];
  actions?: Element[];
  refresh?: { action: Element; userIds: string[] };
  msteams?: Record<string, unknown>;
};

export function card(body: Element[], actions: Element[] = [], extra: Partial<Card> = {}): Card {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions.length ? { actions } : {}),
    msteams: { width: 'Full' },
    ...extra,
  };
}

interface TextOptions {
  weight?: 'Bolder';
  size?: 'Small' | 'Medium' | 'Large';
  color?: 'Attention' | 'Good' | 'Warning' | 'Accent';
  isSubtle?: boolean;
  spacing?: 'None' | 'Small' | 'Medium';
  id?: string;
}

/** Any text, shown exactly as given. */
export function text(value: string, options: TextOptions = {}): Element {
  const { spacing, id, ...run } = options;
  return {
    type: 'RichTextBlock',
    ...(spacing ? { spacing } : {}),
    ...(id ? { id } : {}),
    inlines: [{ type: 'TextRun', text: value, ...run }],
  };
}

export function heading(value: string): Element {
  return text(value, { weight: 'Bolder', size: 'Medium' });
}

/** Label and value pairs; values are untrusted text, so each row is a pair of text runs. */
export function facts(rows: ReadonlyArray<[string, string]>): Element {
  return {
    type: 'Container',
    items: rows.map(([label, value]) => ({
      type: 'ColumnSet',
      spacing: 'Small',
      columns: [
        { type: 'Column', width: 2, items: [text(label, { weight: 'Bolder' })] },
        { type: 'Column', width: 5, items: [text(value || '—')] },
      ],
    })),
  };
}

export function problemsBlock(messages: readonly string[], id?: string): Element[] {
  return messages.map((message, index) =>
    text(message, { color: 'Attention', spacing: 'None', ...(id && index === 0 ? { id } : {}) }),
  );
}

/**
 * Action.Execute (universal actions) with an Action.Submit fallback for clients without them.
 * `data` names the verb's target; the inputs of the card are added by the client.
 */
export function execute(
  title: string,
  verb: Verb,
  data: Record<string, unknown>,
  style?: 'positive' | 'destructive',
): Element {
  return {
    type: 'Action.Execute',
    title,
    verb,
    data,
    ...(style ? { style } : {}),
    fallback: { type: 'Action.Submit', title, data: { ...data, verb } },
  };
}

/** What one input of a card sent: its text, or '' when it sent nothing usable (card data is untrusted). */
export function inputText(raw: Readonly<Record<string, unknown>>, id: string): string {
  const value = raw[id];
  return typeof value === 'string' ? value : '';
}

/** What a card's `refresh` runs to show each of its `userIds` their own view, read again from storage. */
export function refreshAction(data: Record<string, unknown>): Element {
  return { type: 'Action.Execute', verb: 'refresh' satisfies Verb, data };
}

/** Buttons inside the body, under the inputs they act on, instead of in the card's bottom row. */
export function actionSet(actions: Element[], separator = false): Element {
  return { type: 'ActionSet', ...(separator ? { separator: true } : {}), actions };
}

/**
 * Buttons in rows of their own, in the body (docs/bot.md, "Buttons on a card"): Teams sets a
 * row's buttons side by side in the card's width and cuts a title that does not fit (on a phone
 * two buttons get about 130 px each), so a row holds one button, or two with short titles. The
 * card's own last row (`actions`) is kept for what ends the opportunity (Reject, Cancel), alone.
 */
export function buttonRows(...rows: Element[][]): Element[] {
  return rows.filter((row) => row.length).map((row) => actionSet(row));
}

/** A section of a card set apart by a line: its own inputs and the button that sends them. */
export function section(items: Element[]): Element {
  return { type: 'Container', separator: true, spacing: 'Large', items };
}

/** A link as a button Teams opens in the browser (a URL in text is not a link on a card). */
export function openUrl(title: string, url: string): Element {
  return { type: 'Action.OpenUrl', title, url };
}
