/** A validation problem as data; `messages/` turns it into English and French at the edge. */
export interface Problem {
  field: string;
  code: ProblemCode;
  params?: Record<string, string | number>;
}

export const problemCodes = [
  'required',
  'wrongType',
  'unknownField',
  'tooLong',
  'tooMany',
  'tooLarge',
  'tooFew',
  'missingKind',
  'invalidCharacters',
  'invalidUrl',
  'invalidEmail',
  'invalidDate',
  'notWholeMinute',
  'invalidChoice',
  'notInFuture',
  'inFuture',
  'beforeAcceptance',
  'notAfter',
  'tooSoon',
  'notPositive',
  'overCap',
  'overCommitted',
  'notAttested',
  'sameAsAuthor',
  'notACardholder',
  'notYetClosed',
  'closed',
  'questionsClosed',
  'unknownQuestion',
  'notLaterThanClosing',
  'tooManyWords',
  'mustBeEmpty',
  'mustConfirm',
  'alreadyApplied',
  'unknownApplication',
  'wrongCount',
  'notEvaluated',
  'noneQualified',
  'drawMismatch',
  'criterionNotMet',
  'markup',
  'unknownRole',
  'grantedAndRevoked',
  'sameCardholder',
  'inPast',
  'rangeTooLong',
  'unknownPerson',
  'delegateSelf',
  'delegateLacksRole',
] as const;
export type ProblemCode = (typeof problemCodes)[number];

export function problem(
  field: string,
  code: ProblemCode,
  params?: Record<string, string | number>,
): Problem {
  return params ? { field, code, params } : { field, code };
}
