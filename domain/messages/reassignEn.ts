/** English messages of naming another cardholder when the one named lost the role (`changeCardholder`). */
export const reassignEn = {
  'intent.changeCardholder': 'name another cardholder',
  'problem.sameCardholder': '{field}: this person is already the cardholder.',
  'bot.decided.changeCardholder': 'The funds request was reassigned to {cardholder} by {name}.',
  'bot.notify.cardholderChanged':
    '{author} names you the cardholder of {id} and asks you to approve the funds.',
  'bot.roleLost': 'You no longer hold the role {roles}: this card is read-only.',
  'blocked.short': 'blocked: the cardholder no longer holds the role',
  'blocked.cardholderLostRole':
    'Blocked: the named cardholder {name} no longer holds the cardholder role. Nobody can approve the funds until the author names another cardholder.',
  'tab.changeCardholder.heading': 'Name another cardholder',
  'tab.changeCardholder.intro':
    'The funds request goes to the cardholder you name; the one named before can no longer approve it.',
  'tab.changeCardholder.cardholder': 'New cardholder',
  'tab.changeCardholder.choose': 'Choose a cardholder',
  'tab.changeCardholder.comment': 'Why (the new cardholder reads it)',
  'tab.changeCardholder.submit': 'Name this cardholder',
  'tab.changeCardholder.none':
    'Nobody else holds the cardholder role: ask an administrator to grant it.',
} as const;
