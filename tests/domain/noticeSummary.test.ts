import {
  groupNotices,
  needsAttention,
  noticeKindsInOrder,
  type NoticeRow,
} from '../../domain/noticeSummary';

const row = (overrides: Partial<NoticeRow>): NoticeRow => ({
  kind: 'resultNotPassed',
  language: 'both',
  status: 'sent',
  attempts: 1,
  createdAt: '2030-01-16T15:00:00.000Z',
  sentAt: '2030-01-16T15:00:05.000Z',
  delivery: null,
  problem: null,
  ...overrides,
});

test('notice kinds are listed in the order things happen to an opportunity', () => {
  expect(noticeKindsInOrder).toEqual([
    'applicationReceived',
    'questionAnswered',
    'addendumPublished',
    'closingExtended',
    'applicationWithdrawn',
    'applicationsClosed',
    'resultSelected',
    'resultNotDrawn',
    'resultNotPassed',
    'opportunityCancelled',
    'paymentRecorded',
    'subscriptionConfirm',
    'opportunityPosted',
  ]);
});

test('a notice needs attention when it failed for good or was not delivered, not while it waits', () => {
  expect(needsAttention(row({ status: 'failed' }))).toBe(true);
  expect(
    needsAttention(row({ problem: { kind: 'undelivered', reason: 'permanent-failure' } })),
  ).toBe(true);
  expect(
    needsAttention(row({ status: 'pending', problem: { kind: 'retrying', reason: '503' } })),
  ).toBe(false);
  expect(needsAttention(row({}))).toBe(false);
});

test('notices are counted per kind and status; a delivery report counts besides its status', () => {
  const groups = groupNotices([
    row({ kind: 'resultNotPassed', status: 'sent', delivery: { status: 'delivered', at: null } }),
    row({ kind: 'applicationReceived', status: 'pending' }),
    row({
      kind: 'resultNotPassed',
      status: 'sent',
      delivery: { status: 'permanent-failure', at: '2030-01-16T15:01:00.000Z' },
    }),
    row({ kind: 'resultNotPassed', status: 'failed' }),
    row({ kind: 'applicationReceived', status: 'sending' }),
    row({ kind: 'applicationReceived', status: 'sent' }),
  ]);
  expect(groups).toEqual([
    {
      kind: 'applicationReceived',
      total: 3,
      counts: { queued: 2, sent: 1, failed: 0, delivered: 0, undelivered: 0 },
    },
    {
      kind: 'resultNotPassed',
      total: 3,
      counts: { queued: 0, sent: 2, failed: 1, delivered: 1, undelivered: 1 },
    },
  ]);
  expect(groupNotices([])).toEqual([]);
});
