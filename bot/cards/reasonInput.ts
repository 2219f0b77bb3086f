import { maxCommentLength } from '../../domain/limits';
import type { Locale } from '../../domain/locale';
import { t } from '../../domain/messages';
import { inputText, type Element } from './elements';

/** The reason asked before cancelling an opportunity or releasing a held award. */
export const reasonInputId = 'reason';

export function reasonInput(locale: Locale): Element {
  return {
    type: 'Input.Text',
    id: reasonInputId,
    label: t(locale, 'bot.field.reason'),
    isMultiline: true,
    maxLength: maxCommentLength,
  };
}

/** What the reason input sent (`cancel`, `releaseAward`). */
export function readReason(raw: Readonly<Record<string, unknown>>): { reason: string } {
  return { reason: inputText(raw, reasonInputId) };
}
