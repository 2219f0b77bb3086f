/** English messages of delegation (out of office): the API, the tab's Out of office panel, the audit line. */
export const delegationEn = {
  'field.delegate': 'Delegate',
  'field.delegationFrom': 'First day',
  'field.delegationTo': 'Last day',
  'field.delegationReason': 'Reason',
  'problem.inPast': '{field}: must be today or later.',
  'problem.rangeTooLong': '{field}: a delegation lasts at most {max} days.',
  'problem.unknownPerson': '{field}: nobody active with this id has opened micro-acquisition.',
  'problem.delegateSelf': '{field}: you cannot name yourself.',
  'problem.delegateLacksRole':
    '{field}: this person does not hold your role (cardholder or procurement officer); an administrator can grant it.',

  'actor.onBehalfOf': '{name} on behalf of {principal}',

  'delegation.api.nothingToDelegate':
    'Only a cardholder or a procurement officer names a delegate. Nothing was changed.',
  'delegation.api.none': 'You have no delegation to end. Nothing was changed.',

  'tab.delegation.heading': 'Out of office',
  'tab.delegation.intro':
    'While you are away, the delegate you name also gets your approval cards and may decide for you; each decision records that it was made on your behalf. They must hold your role, and cannot decide on what they wrote themselves.',
  'tab.delegation.procurementNote':
    'Every procurement officer already gets the posting approvals: naming a delegate records who covers for you.',
  'tab.delegation.current': '{name} decides on your behalf from {from} to {to} ({roles}).',
  'tab.delegation.notYet': 'It starts on {from}.',
  'tab.delegation.delegate': 'Delegate',
  'tab.delegation.choose': 'Choose a delegate',
  'tab.delegation.from': 'First day',
  'tab.delegation.to': 'Last day',
  'tab.delegation.reason': 'Reason (your delegate and the audit trail read it)',
  'tab.delegation.submit': 'Name this delegate',
  'tab.delegation.replace': 'Naming another delegate replaces this one.',
  'tab.delegation.end': 'End the delegation now',
  'tab.delegation.saved': 'Saved: {name} is your delegate from {from} to {to}.',
  'tab.delegation.ended': 'The delegation ended: only you decide again.',
  'tab.delegation.nobody':
    'Nobody else holds your role: ask an administrator to grant it to the person who covers for you.',
  'tab.delegation.deputyFor': 'You decide today on behalf of: {names}.',

  'tab.people.change.delegated': 'Named {delegate} as delegate from {from} to {to}',
  'tab.people.change.delegationEnded': 'Ended their delegation',
  'tab.people.why.outOfOffice': 'Out of office',
} as const;
