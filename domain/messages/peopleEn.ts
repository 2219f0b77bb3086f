/** English messages of people administration: the API, the People view and the bot. */
export const peopleEn = {
  'problem.unknownRole':
    '{field}: not a role. The roles are client, cardholder, procurement, manager and admin.',
  'problem.grantedAndRevoked': '{field}: a role cannot be granted and revoked at once.',
  'field.adminReason': 'Reason',
  'field.grantRoles': 'Roles to grant',
  'field.revokeRoles': 'Roles to revoke',
  'field.upn': 'User principal name (work e-mail)',

  'adminAction.changeRoles': 'change roles',
  'adminAction.invite': 'invite someone',
  'adminAction.deactivate': 'deactivate someone',
  'adminRefusal.notAdmin': 'Only an administrator can {action}. Nothing was changed.',
  'adminRefusal.ownRoles':
    'Nobody can change their own roles or deactivate themselves: ask another administrator. Nothing was changed.',
  'adminRefusal.lastAdmin':
    '{name} is the last administrator: grant the administrator role to someone else first. Nothing was changed.',

  'people.api.readForbidden': 'The people list is for administrators and managers.',
  'people.api.notFound': 'Nobody with the id {id} has opened micro-acquisition.',
  'people.api.stale':
    '{name} changed this person at {at}. Nothing was changed by your request: look at their roles again.',
  'people.api.preconditionRequired':
    'Role changes must say which version of the person they change. Reload the person and try again.',
  'people.api.alreadyRegistered':
    '{name} has already opened micro-acquisition: change their roles on their page instead.',
  'people.api.invalidQuery': 'This people search is not valid. Reload the tab and try again.',

  'people.grantedBy': 'An administrator can grant it: {admins}.',
  'people.grantedByNobody': 'No administrator is registered yet: ask the pilot team.',
} as const;
