import { Background } from '../../runtime/background';
import { startNoticeDispatcher, storedBeforeSending } from '../../server/noticeDispatcher';
import { notifySender } from '../../server/noticeSenders';
import { encodeKey } from '../../storage/keys';
import { SendQuota } from '../../storage/sendQuota';
import { actor, anApplicationForm, people } from '../support/builders';
import { postForm, startApplyServer, type ApplyServer } from '../support/applyServer';
import { logLines } from '../support/logLines';
import { aNotifyKey, startNotifyServer, type NotifyServer } from '../support/notifyServer';
import { testSiteUrl } from '../support/storage';

const templates = {
  en: '0b8e1c4a-0000-4000-8000-0000000000e1',
  fr: '0b8e1c4a-0000-4000-8000-0000000000f1',
};

let apply: ApplyServer;
let notify: NotifyServer;
let key: ReturnType<typeof aNotifyKey>;
const log = logLines();

beforeEach(async () => {
  apply = await startApplyServer();
  key = aNotifyKey();
  notify = await startNotifyServer(key);
});

afterEach(async () => {
  await apply?.close();
  await notify?.close();
});

function dispatcher() {
  const started = startNoticeDispatcher({
    outbox: apply.storage.notices,
    sender: notifySender({ apiKey: key.apiKey, baseUrl: notify.url, templates }),
    quota: new SendQuota(apply.storage.tables.clients.counters, 1000, apply.clock.read),
    ready: storedBeforeSending(apply.storage),
    logger: log.logger,
    background: new Background(log.logger),
    clock: apply.clock.read,
    intervalMs: 3_600_000,
  });
  return started;
}

/** Asks through the public form; the question's number. */
async function ask(email: string, locale: 'en' | 'fr'): Promise<string> {
  const sent = await postForm(
    apply,
    { question: 'Can we use Python 3.12?', email, website: '' },
    { locale, to: 'questions' },
  );
  expect(sent.status).toBe(303);
  return /received\/([0-9A-Z]{8})$/.exec(sent.location ?? '')![1]!;
}

async function applyAs(email: string, locale: 'en' | 'fr') {
  const sent = await postForm(apply, anApplicationForm(apply.record, { email }), { locale });
  expect(sent.status).toBe(303);
}

const answer = (question: string) => ({
  kind: 'answerQuestion' as const,
  question,
  questionEn: 'May the work use Python 3.12?',
  questionFr: 'Le travail peut-il utiliser Python 3.12?',
  answerEn: 'Yes: any supported version.',
  answerFr: 'Oui : toute version prise en charge.',
});

const notices = async () =>
  (await apply.storage.notices.forOpportunity(encodeKey(apply.record.id))).filter(
    (n) => n.kind === 'questionAnswered',
  );

describe('when a question is answered, suppliers are told by e-mail', () => {
  test('the asker and every applicant, once each, in their language, with the public page', async () => {
    const number = await ask('robin@example.com', 'fr');
    await applyAs('jordan@example.com', 'en');
    await applyAs('camille@example.ca', 'fr');
    // The asker also applied: one notice, the asker's.
    await applyAs('Robin@Example.com', 'en');
    expect(await notices()).toEqual([]);

    const answered = await apply.storage.opportunities.apply(
      apply.record.id,
      answer(number),
      actor(people.author),
    );
    expect(answered.kind).toBe('applied');
    // Written with the answer, before any dispatcher ran.
    expect((await notices()).map((n) => n.status)).toEqual(['pending', 'pending', 'pending']);

    await dispatcher().tick();
    const told = notify.sent.filter((e) => e.personalisation.subject.includes('question'));
    expect(told.map((e) => e.email_address).sort()).toEqual([
      'camille@example.ca',
      'jordan@example.com',
      'robin@example.com',
    ]);
    const to = (address: string) => told.find((e) => e.email_address === address)!;
    const id = apply.record.id;

    const asker = to('robin@example.com');
    expect(asker.template_id).toBe(templates.fr);
    expect(asker.personalisation.subject).toBe(
      `Réponse à votre question\u00a0: ${id} ${apply.record.fields.titleFr}`,
    );
    expect(asker.personalisation.body).toContain('Oui : toute version prise en charge.');
    expect(asker.personalisation.body).toContain(`${testSiteUrl}/fr/${id}.html`);
    expect(asker.personalisation.body).not.toContain('Yes: any');

    const english = to('jordan@example.com');
    expect(english.template_id).toBe(templates.en);
    expect(english.personalisation.subject).toBe(
      `A question was answered: ${id} ${apply.record.fields.titleEn}`,
    );
    expect(english.personalisation.body).toContain('May the work use Python 3.12?');
    expect(english.personalisation.body).toContain('Yes: any supported version.');
    expect(english.personalisation.body).toContain(`${testSiteUrl}/en/${id}.html`);
    // Applicants are not told who asked.
    expect(english.personalisation.body).not.toContain('robin');

    const french = to('camille@example.ca');
    expect(french.template_id).toBe(templates.fr);
    expect(french.personalisation.subject).toContain('Réponse à une question');
    expect((await notices()).every((n) => n.status === 'sent')).toBe(true);
  });

  test('more applicants than one transaction holds: every one is told, once', async () => {
    const number = await ask('robin@example.com', 'en');
    const applicants = Array.from({ length: 120 }, (_, i) => `supplier${i}@example.com`);
    for (const email of applicants) {
      const sent = await apply.storage.applications.submit(
        apply.record.id,
        anApplicationForm(apply.record, { email }),
        'en',
      );
      expect(sent.kind).toBe('received');
    }
    const answered = await apply.storage.opportunities.apply(
      apply.record.id,
      answer(number),
      actor(people.author),
    );
    expect(answered.kind).toBe('applied');
    // The head, the event and 98 notices in the answer's transaction; the other 23 right after.
    const told = (await notices()).map((n) => n.message.to).sort();
    expect(told).toEqual([...applicants, 'robin@example.com'].sort());
  });

  test('a declined question, a refused answer and a lost race tell nobody', async () => {
    const [first, second] = [
      await ask('robin@example.com', 'en'),
      await ask('sacha@example.com', 'en'),
    ];
    await applyAs('jordan@example.com', 'en');
    const declined = await apply.storage.opportunities.apply(
      apply.record.id,
      { kind: 'declineQuestion', question: first, reason: 'Off topic.' },
      actor(people.author),
    );
    expect(declined.kind).toBe('applied');
    const refused = await apply.storage.opportunities.apply(
      apply.record.id,
      { ...answer(second), answerFr: '' },
      actor(people.author),
    );
    expect(refused.kind).toBe('refused');
    const stale = await apply.storage.opportunities.apply(
      apply.record.id,
      answer(second),
      actor(people.author),
      { expectedVersion: apply.record.version },
    );
    expect(stale.kind).toBe('conflict');
    expect(await notices()).toEqual([]);
  });
});

afterAll(() => {
  // The dispatcher's logs name notices and opportunities, never an address.
  expect(log.lines.filter((line) => line.msg === 'notice').length).toBeGreaterThan(3);
  expect(JSON.stringify(log.lines)).not.toMatch(/@example\.(com|ca)/i);
});
