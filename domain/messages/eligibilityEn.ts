/** English messages of the opportunity's eligibility and its minimum posting period. */
export const eligibilityEn = {
  'field.eligibilityEn': 'Who may apply (English)',
  'field.eligibilityFr': 'Who may apply (French)',
  /** The pilot's eligibility: the text a new draft starts with, and what older records show. */
  'eligibility.default':
    'You may apply if you have reached the age of majority in your province or territory and you are a Canadian citizen, an Indigenous person, a permanent resident of Canada or the holder of a valid work permit.',
  'site.section.eligibility': 'Who may apply',
  'site.ocds.submission': 'Apply with the form on the opportunity’s page: {url}',
  'problem.tooSoon':
    '{field}: must be at least {days} business days after the posting is approved; the earliest allowed closing is {closingAt}.',
} as const;
