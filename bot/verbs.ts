import { intentsOn } from '../domain/transitions';

/**
 * The verbs of the card contract (docs/bot.md): the bot's own, then every intent a card sends,
 * by its surface on the transition table. A card's button names only these (`execute`), and
 * `handleAction` answers each of them.
 */
export const verbs = [
  'refresh',
  'openDraft',
  'saveDraft',
  'submitDraft',
  ...intentsOn('decision'),
  ...intentsOn('reassign'),
  ...intentsOn('step'),
  ...intentsOn('question'),
] as const;
export type Verb = (typeof verbs)[number];

/** Whether a verb sent by a client (untrusted) is one of the card contract's. */
export function isVerb(value: string): value is Verb {
  return (verbs as readonly string[]).includes(value);
}
