import type { delegationEn } from './delegationEn';

/** Messages français de la délégation (absence du bureau), pour l’API, le volet du tab et la ligne d’audit. */
export const delegationFr: Record<keyof typeof delegationEn, string> = {
  'field.delegate': 'Délégué',
  'field.delegationFrom': 'Premier jour',
  'field.delegationTo': 'Dernier jour',
  'field.delegationReason': 'Motif',
  'problem.inPast': '{field} : doit être aujourd’hui ou plus tard.',
  'problem.rangeTooLong': '{field} : une délégation dure au plus {max} jours.',
  'problem.unknownPerson':
    '{field} : aucune personne active ayant cet identifiant n’a ouvert micro-acquisition.',
  'problem.delegateSelf': '{field} : vous ne pouvez pas vous désigner vous-même.',
  'problem.delegateLacksRole':
    '{field} : cette personne n’a pas votre rôle (titulaire de carte ou agent d’approvisionnement); un administrateur peut l’attribuer.',

  'actor.onBehalfOf': '{name} au nom de {principal}',

  'delegation.api.nothingToDelegate':
    'Seul un titulaire de carte ou un agent d’approvisionnement désigne un délégué. Rien n’a été modifié.',
  'delegation.api.none': 'Vous n’avez aucune délégation à terminer. Rien n’a été modifié.',

  'tab.delegation.heading': 'Absence du bureau',
  'tab.delegation.intro':
    'Pendant votre absence, le délégué que vous désignez reçoit aussi vos cartes d’approbation et peut décider pour vous; chaque décision indique qu’elle a été prise en votre nom. Il doit avoir votre rôle et ne peut pas décider de ce qu’il a lui-même rédigé.',
  'tab.delegation.procurementNote':
    'Tous les agents d’approvisionnement reçoivent déjà les approbations d’affichage : désigner un délégué consigne qui vous remplace.',
  'tab.delegation.current': '{name} décide en votre nom du {from} au {to} ({roles}).',
  'tab.delegation.notYet': 'Elle commence le {from}.',
  'tab.delegation.delegate': 'Délégué',
  'tab.delegation.choose': 'Choisissez un délégué',
  'tab.delegation.from': 'Premier jour',
  'tab.delegation.to': 'Dernier jour',
  'tab.delegation.reason': 'Motif (votre délégué et la piste de vérification le lisent)',
  'tab.delegation.submit': 'Désigner ce délégué',
  'tab.delegation.replace': 'Désigner un autre délégué remplace celui-ci.',
  'tab.delegation.end': 'Terminer la délégation maintenant',
  'tab.delegation.saved': 'Enregistré : {name} est votre délégué du {from} au {to}.',
  'tab.delegation.ended': 'La délégation est terminée : vous seul décidez de nouveau.',
  'tab.delegation.nobody':
    'Personne d’autre n’a votre rôle : demandez à un administrateur de l’attribuer à la personne qui vous remplace.',
  'tab.delegation.deputyFor': 'Aujourd’hui, vous décidez au nom de : {names}.',

  'tab.people.change.delegated': 'A désigné {delegate} comme délégué du {from} au {to}',
  'tab.people.change.delegationEnded': 'A terminé sa délégation',
  'tab.people.why.outOfOffice': 'Absence du bureau',
};
