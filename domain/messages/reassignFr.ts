import type { reassignEn } from './reassignEn';

/** Messages français pour désigner un autre titulaire de carte (`changeCardholder`). */
export const reassignFr: Record<keyof typeof reassignEn, string> = {
  'intent.changeCardholder': 'désigner un autre titulaire de carte',
  'problem.sameCardholder': '{field} : cette personne est déjà le titulaire de carte.',
  'bot.decided.changeCardholder':
    'La demande de fonds a été réattribuée à {cardholder} par {name}.',
  'bot.notify.cardholderChanged':
    '{author} vous désigne titulaire de carte de {id} et vous demande d’approuver les fonds.',
  'bot.roleLost': 'Vous n’avez plus le rôle {roles} : cette carte est en lecture seule.',
  'blocked.short': 'bloquée : le titulaire de carte n’a plus le rôle',
  'blocked.cardholderLostRole':
    'Bloquée : le titulaire de carte désigné, {name}, n’a plus le rôle de titulaire de carte. Personne ne peut approuver les fonds tant que l’auteur n’a pas désigné un autre titulaire de carte.',
  'tab.changeCardholder.heading': 'Désigner un autre titulaire de carte',
  'tab.changeCardholder.intro':
    'La demande de fonds va au titulaire de carte que vous désignez; celui désigné auparavant ne peut plus l’approuver.',
  'tab.changeCardholder.cardholder': 'Nouveau titulaire de carte',
  'tab.changeCardholder.choose': 'Choisissez un titulaire de carte',
  'tab.changeCardholder.comment': 'Pourquoi (le nouveau titulaire de carte le lit)',
  'tab.changeCardholder.submit': 'Désigner ce titulaire de carte',
  'tab.changeCardholder.none':
    'Personne d’autre n’a le rôle de titulaire de carte : demandez à un administrateur de l’attribuer.',
};
