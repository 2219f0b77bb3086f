import type { peopleEn } from './peopleEn';

/** Messages français de l’administration des personnes : l’API, la vue Personnes et le robot. */
export const peopleFr: Record<keyof typeof peopleEn, string> = {
  'problem.unknownRole':
    '{field} : ce n’est pas un rôle. Les rôles sont client, cardholder, procurement, manager et admin.',
  'problem.grantedAndRevoked': '{field} : un rôle ne peut pas être accordé et retiré à la fois.',
  'field.adminReason': 'Motif',
  'field.grantRoles': 'Rôles à accorder',
  'field.revokeRoles': 'Rôles à retirer',
  'field.upn': 'Nom d’utilisateur principal (courriel professionnel)',

  'adminAction.changeRoles': 'modifier des rôles',
  'adminAction.invite': 'inviter quelqu’un',
  'adminAction.deactivate': 'désactiver quelqu’un',
  'adminRefusal.notAdmin': 'Seul un administrateur peut {action}. Rien n’a été modifié.',
  'adminRefusal.ownRoles':
    'Personne ne peut modifier ses propres rôles ni se désactiver : demandez à un autre administrateur. Rien n’a été modifié.',
  'adminRefusal.lastAdmin':
    '{name} est le dernier administrateur : accordez d’abord le rôle d’administrateur à quelqu’un d’autre. Rien n’a été modifié.',

  'people.api.readForbidden':
    'La liste des personnes est réservée aux administrateurs et aux gestionnaires.',
  'people.api.notFound': 'Personne avec l’identifiant {id} n’a ouvert micro-acquisition.',
  'people.api.stale':
    '{name} a modifié cette personne le {at}. Votre demande n’a rien modifié : revoyez ses rôles.',
  'people.api.preconditionRequired':
    'Une modification de rôles doit indiquer la version de la personne qu’elle modifie. Rechargez la personne et réessayez.',
  'people.api.alreadyRegistered':
    '{name} a déjà ouvert micro-acquisition : modifiez plutôt ses rôles sur sa page.',
  'people.api.invalidQuery':
    'Cette recherche de personnes n’est pas valide. Rechargez l’onglet et réessayez.',

  'people.grantedBy': 'Un administrateur peut vous l’accorder : {admins}.',
  'people.grantedByNobody':
    'Aucun administrateur n’est encore inscrit : adressez-vous à l’équipe du projet pilote.',
} as const;
