import type { AuditEvent } from '../../domain/events';
import { actorName, t } from '../../domain/messages';
import { scheduler } from '../../domain/people';
import { timeline } from '../../server/api/views';

const closing: AuditEvent = {
  opportunityId: 'MA-2029-0001',
  version: 5,
  at: '2029-01-10T21:00:05.000Z',
  actorId: scheduler.id,
  actorName: scheduler.name,
  from: 'posted',
  to: 'evaluating',
  comment: '',
  details: { kind: 'close' },
} as unknown as AuditEvent;

test('the timeline names the scheduler in the reader’s language, and people by their name', () => {
  expect(actorName(closing, 'en')).toBe('The scheduler');
  expect(actorName(closing, 'fr')).toBe('Le planificateur');
  expect(actorName({ actorId: 'p-1', actorName: 'Alex Author' }, 'fr')).toBe('Alex Author');
  const [entry] = timeline([closing], []);
  expect(entry).toMatchObject({ type: 'event', system: true, intent: 'close' });
  expect(
    t('fr', 'tab.timeline.event', {
      name: actorName(closing, 'fr'),
      intent: t('fr', 'intent.close'),
    }),
  ).toBe('Le planificateur\u00a0: fermer');
});
