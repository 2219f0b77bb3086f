import type { Locale } from '../../domain/locale';
import { t } from '../../domain/messages';
import { execute, text, type Element } from './elements';

/**
 * Rejecting and cancelling end an opportunity, so their button only opens a second step that
 * says so; its own button acts, with the comment or reason typed above it (a shown card's
 * action gathers its parent card's inputs), or with `inputs` asked in the second step itself
 * when the card above holds other forms.
 */
export function confirmFirst(
  locale: Locale,
  kind: 'reject' | 'cancel',
  data: Record<string, unknown>,
  inputs: Element[] = [],
): Element {
  return {
    type: 'Action.ShowCard',
    title: t(locale, `bot.action.${kind}`),
    card: {
      type: 'AdaptiveCard',
      body: [...inputs, text(t(locale, `bot.confirm.${kind}`), { color: 'Attention' })],
      actions: [execute(t(locale, `bot.confirm.${kind}Go`), kind, data, 'destructive')],
    },
  };
}
