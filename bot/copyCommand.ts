import { copiedFields, mayCopy } from '../domain/copyOpportunity';
import { t } from '../domain/messages';
import { readOpportunityId } from '../domain/opportunity';
import { mayRead } from '../domain/permissions';
import { actorFromPerson } from '../domain/people';
import type { Card } from './cards/elements';
import { messageCard } from './cards/opportunityCards';
import type { BotDependencies, Speaker } from './context';
import { showDraft } from './draftActions';
import { refusalText } from './refusalText';

/** `copy MA-…`: a new draft from one of the person's own opportunities, shown as its draft card. */
export async function copyCommand(
  deps: BotDependencies,
  who: Speaker,
  argument: string,
): Promise<Card> {
  const id = readOpportunityId(argument);
  if (!id) return messageCard(t(who.locale, 'draft.copyUsage'));
  const actor = actorFromPerson(who.person);
  const source = await deps.storage.opportunities.get(id);
  // Someone who may not read it is told it does not exist, as everywhere else.
  if (!source || !mayRead(source, actor))
    return messageCard(t(who.locale, 'outcome.notFound', { id }), 'Attention');
  const forbidden = mayCopy(source, actor);
  if (forbidden)
    return messageCard(
      await refusalText(deps, { kind: 'forbidden', intent: 'create', ...forbidden }, who.locale),
      'Attention',
    );
  const created = await deps.storage.opportunities.create(actor, copiedFields(source.fields), {
    copiedFrom: source.id,
  });
  if (created.kind === 'refused')
    return messageCard(await refusalText(deps, created.refusal, who.locale), 'Attention');
  if (created.kind === 'tooLarge')
    return messageCard(t(who.locale, 'outcome.tooLarge', { detail: created.detail }), 'Attention');
  return showDraft(deps, who, created.record, {
    notice: t(who.locale, 'draft.copied', { id: created.record.id, source: source.id }),
  });
}
