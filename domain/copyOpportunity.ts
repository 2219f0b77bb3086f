import { textFields, type Opportunity, type OpportunityFields } from './opportunity';
import { mayCreate, type Forbidden } from './permissions';
import type { Actor } from './people';

/**
 * What a copy takes from an earlier opportunity: the texts, skills and criteria, the licence and
 * the contact. Never dates, amount, cardholder or fund centre (each is decided afresh and checked
 * by its approver), nor approvals, applications or history: the copy is a new draft.
 */
export function copiedFields(source: OpportunityFields): Partial<OpportunityFields> {
  const copy: Partial<OpportunityFields> = {};
  for (const name of textFields) copy[name] = source[name];
  return {
    ...copy,
    skills: source.skills.map((s) => ({ ...s })),
    acceptanceCriteria: source.acceptanceCriteria.map((c) => ({ ...c })),
    evaluationCriteria: source.evaluationCriteria.map((c) => ({ ...c })),
    licence: source.licence,
    repositoryUrl: source.repositoryUrl,
    contactEmail: source.contactEmail,
  };
}

/** A person copies only their own opportunities, and only if they may start a draft at all. */
export function mayCopy(source: Opportunity, actor: Actor): Forbidden | null {
  const forbidden = mayCreate(actor);
  if (forbidden) return forbidden;
  return source.authorId === actor.id ? null : { reason: 'notAuthor' };
}
