import type { Person } from '../../domain/people';
import { opportunitiesAfterPosting } from '../support/afterPostingStates';
import { beforeClosing, completeFields, people } from '../support/builders';
import { afterClosing } from '../support/domainArbitraries';
import { parseCsv } from '../support/csv';
import { fixedClock } from '../support/storageHelpers';
import { startApiServer, type ApiServer } from './apiServer';

const clock = fixedClock(beforeClosing);
let api: ApiServer;
let draftId: string;

beforeAll(async () => {
  api = await startApiServer({ clock: clock.read, storageClock: clock.read });
  const { author, cardholder } = people;
  // A paid one; one held (after an earlier award to the same supplier); one closed, not evaluated.
  await opportunitiesAfterPosting(api.storage, clock, [
    { state: 'paid', author, cardholder },
    { state: 'awardHeld', author, cardholder },
    { state: 'evaluating', author, cardholder },
  ]);
  // A draft whose titles would be formulas in a spreadsheet.
  const created = await api.storage.opportunities.create(
    { kind: 'person', ...author },
    completeFields({ titleEn: '=HYPERLINK("http://evil.example","Click")', titleFr: '@SUM(A1)' }),
  );
  if (created.kind !== 'applied') throw new Error('not created');
  draftId = created.record.id;
}, 120_000);
afterAll(() => api?.close());

/** The raw answer: CSV is not JSON. */
async function download(path: string, as: Person) {
  const response = await fetch(`${api.url}${path}`, {
    headers: { authorization: `Bearer ${await api.signer.sign(as.id)}` },
  });
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

/** The records of a CSV file, after its byte-order mark. */
const rowsOf = (text: string) => parseCsv(text.slice(1));

describe('the pilot measures over HTTP', () => {
  test("a manager reads them, with the officers' names", async () => {
    const { status, body } = await api.call('GET', '/api/dashboard', { as: people.manager });
    expect(status).toBe(200);
    // Four posted by the one procurement officer, each approved the instant it was asked.
    expect(body.measures).toMatchObject({
      procurement: {
        decisions: 4,
        officers: [{ personId: people.procurement.id, decisions: 4, approvals: 4, medianDays: 0 }],
      },
      // The paid one and the earlier award; the held award is not final.
      suppliers: { awards: 2, distinctWinners: 2 },
      // Closed: the paid one, the held one, its earlier one, the one still evaluating.
      applications: { closed: 4, total: 4, noQualified: 0 },
      // From beforeClosing to afterClosing: 46 days.
      submissionToAward: { count: 2, medianDays: 46, withinPlanned: 0 },
      payment: { count: 1, targetDays: 5 },
    });
    expect(body.names).toEqual({ [people.procurement.id]: people.procurement.name });
  });
});

describe('CSV exports', () => {
  test('every opportunity, in the person’s language, formulas neutralised', async () => {
    const { response, bytes } = await download('/api/opportunities/export.csv', people.manager);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="opportunities-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    const [header, ...records] = rowsOf(text);
    expect(header!.slice(0, 6)).toEqual([
      'Opportunity',
      'Title (English)',
      'Title (French)',
      'State',
      'Value including tax ($)',
      'Closing date',
    ]);
    expect(records).toHaveLength(5);
    const draft = records.find((r) => r[0] === draftId)!;
    expect(draft[1]).toBe(`'=HYPERLINK("http://evil.example","Click")`);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
    expect(draft[2]).toBe("'@SUM(A1)");
    // The paid one: entered Paid on the day after closing, in Eastern time.
    const paidColumn = header!.indexOf('Date entered: Paid');
    const paid = records.find((r) => r[3] === 'Paid')!;
    expect(paid[paidColumn]).toBe('2030-01-16');
    expect(paid[header!.indexOf('Submission to award (days)')]).toBe('46');
    expect(paid[header!.indexOf('Applications')]).toBe('1');
    expect(afterClosing.toISOString().slice(0, 10)).toBe('2030-01-16');

    const french = (await download('/api/opportunities/export.csv?lang=fr', people.manager)).bytes;
    const [frenchHeader] = rowsOf(french.toString('utf8'));
    expect(frenchHeader!.slice(0, 4)).toEqual([
      'Occasion',
      'Titre (anglais)',
      'Titre (français)',
      'État',
    ]);
    expect(frenchHeader).toContain('Date d’entrée\u00a0: Payée');
  });

  test("the dashboard's tables, by name", async () => {
    const { response, bytes } = await download(
      '/api/dashboard/export.csv?table=officers',
      people.manager,
    );
    expect(response.status).toBe(200);
    const [header, ...records] = rowsOf(bytes.toString('utf8'));
    expect(header![0]).toBe('Procurement officer');
    expect(records).toEqual([[people.procurement.name, '4', '4', '0', '0', '0', '0', '0', '0']]);
    const targets = rowsOf(
      (
        await download('/api/dashboard/export.csv?table=targets&lang=fr', people.manager)
      ).bytes.toString('utf8'),
    );
    expect(targets[0]![0]).toBe('Étape');
    expect(targets.slice(1).map((r) => r[0])).toContain(
      'En attente des fonds (titulaire de carte)',
    );
    const times = rowsOf(
      (await download('/api/dashboard/export.csv?table=awardTimes', people.manager)).bytes.toString(
        'utf8',
      ),
    );
    expect(times.slice(1).map((r) => r[3])).toEqual(['46', '46']);
  });

  test('only managers and admins; an unknown table is refused in both languages', async () => {
    for (const person of [people.author, people.cardholder, people.procurement]) {
      for (const path of [
        '/api/opportunities/export.csv',
        '/api/dashboard/export.csv?table=targets',
      ]) {
        const refused = await api.call('GET', path, { as: person });
        expect(refused.status).toBe(403);
        expect(refused.body.error).toBe('forbidden');
      }
    }
    const unknown = await api.call('GET', '/api/dashboard/export.csv?table=people', {
      as: people.manager,
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({
      error: 'unknownExport',
      message: {
        en: expect.stringMatching(/no such export/),
        fr: expect.stringMatching(/n’existe pas/),
      },
    });
    expect((await api.call('GET', '/api/opportunities/export.csv', {})).status).toBe(401);
  });
});
