/** English messages of drafting that never loses typed work: the form, the bot and the tab. */
export const draftingEn = {
  'expected.acceptanceLine':
    'a kind (functional, quality or security), then | English | Français. Kept as you typed it, not saved yet',
  'draft.savedExcept':
    'Saved everything that reads correctly. {count} {count|field needs|fields need} attention: what you typed there is kept below but not saved yet.',
  'draft.submitProblems':
    '{count} {count|field needs|fields need} attention before you can submit:',
  'draft.waitingFor': 'Submitted. It now waits for {name} (cardholder) to approve the funds.',
  'draft.waitsFor': 'Waiting for {name} (cardholder) to approve the funds.',
  'draft.waitingForProcurement': 'It now waits for a procurement officer to approve the posting.',
  'draft.publicPage': 'Public page',
  'draft.publicPageEn': 'Public page (English)',
  'draft.publicPageFr': 'Public page (French)',
  'draft.leave.title': 'Leave without saving?',
  'draft.leave.body':
    'You have changes in this draft that are not saved. If you leave now they are lost.',
  'draft.leave.confirm': 'Leave without saving',
  'draft.leave.stay': 'Stay and keep editing',
  'draft.copy': 'Copy to a new draft',
  'draft.copied':
    'New draft {id}, copied from {source}. Dates, cardholder and approvals start empty.',
  'draft.copyUsage': 'Type "copy MA-2026-0001" with the number of one of your opportunities.',
  'event.copiedFrom': 'copied from {source}',
} as const;
