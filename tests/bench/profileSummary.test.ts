import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { categoryOf, summariseProfile, type CpuProfile } from '../../bench/profileSummary';
import { shapeOf } from '../../bench/storageTally';

const root = resolve(__dirname, '../..');
const ours = (path: string) => pathToFileURL(resolve(root, path)).href;
const frame = (functionName: string, url = '') => ({
  functionName,
  url,
  lineNumber: 0,
  columnNumber: 0,
});

/**
 * root → handler (server/) → list (storage/) → deserialize (@azure/data-tables)
 *      → (garbage collector)        → (idle)
 */
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 5, 6] },
    { id: 2, callFrame: frame('handler', ours('server/api/listRoutes.ts')), children: [3] },
    { id: 3, callFrame: frame('list', ours('storage/peopleStore.ts')), children: [4] },
    {
      id: 4,
      callFrame: frame(
        'deserialize',
        ours('node_modules/@azure/data-tables/dist/commonjs/serialization.js'),
      ),
    },
    { id: 5, callFrame: frame('(garbage collector)') },
    { id: 6, callFrame: frame('(idle)') },
  ],
  startTime: 1_000,
  endTime: 9_000,
  // Samples at 1000, 2000, … each lasting until the next (1 ms apart).
  samples: [4, 4, 3, 5, 6, 4, 6],
  timeDeltas: [0, 1_000, 1_000, 1_000, 1_000, 1_000, 1_000],
};

describe('profile summary', () => {
  it('names where a frame lives: our folders, packages, V8 buckets', () => {
    expect(categoryOf(frame('f', ours('domain/decide.ts')))).toBe('domain/');
    expect(categoryOf(frame('f', ours('node_modules/botbuilder-core/lib/index.js')))).toBe(
      'botbuilder (+ botframework-*)',
    );
    expect(categoryOf(frame('f', ours('node_modules/jose/dist/index.js')))).toBe(
      'jose / jsonwebtoken',
    );
    expect(categoryOf(frame('parse'))).toBe('JSON');
    expect(categoryOf(frame('(garbage collector)'))).toBe('GC');
    expect(categoryOf(frame('emit', 'node:events'))).toBe('node internals');
  });

  it('adds self time to the leaf and total time to every folder on the stack', () => {
    const s = summariseProfile(profile);
    // Six samples have a duration (the last has no next one); one of them idle.
    expect(s.totalMs).toBe(6);
    expect(s.idleMs).toBe(1);
    expect(s.categorySelf.get('@azure/data-tables')).toBe(3);
    expect(s.categorySelf.get('storage/')).toBe(1);
    expect(s.categorySelf.get('GC')).toBe(1);
    expect(s.categoryTotal.get('storage/')).toBe(4);
    expect(s.categoryTotal.get('server/')).toBe(4);
    // SDK time is charged to the store method that called it, not to the route above.
    expect(s.ownFileCharged.get('storage/peopleStore.ts')).toBe(4);
    expect(s.ownFileCharged.get('server/api/listRoutes.ts')).toBeUndefined();
  });

  it('keeps only the samples inside the window', () => {
    const s = summariseProfile(profile, { from: 4_000, to: 5_000 });
    expect(s.totalMs).toBe(2);
    expect(s.categorySelf.get('GC')).toBe(1);
    expect(s.idleMs).toBe(1);
  });
});

describe('storage tally', () => {
  it('tells reads apart by table and filter, without the values', () => {
    expect(
      shapeOf(
        'GET',
        "/devstoreaccount1/t0123456789people()?$filter=RowKey%20eq%20'head'&$select=a,b",
      ),
    ).toBe("GET people where RowKey eq '…' select 2 columns [scan]");
    expect(
      shapeOf(
        'GET',
        "/devstoreaccount1/t0123456789cardmessages()?$filter=PartitionKey%20eq%20'MA-1'",
      ),
    ).toBe("GET cardmessages where PartitionKey eq '…'");
    expect(
      shapeOf('GET', "/devstoreaccount1/t0123456789people(PartitionKey='p',RowKey='head')"),
    ).toBe('GET people one entity');
    expect(shapeOf('POST', '/devstoreaccount1/$batch')).toBe('POST batch (transaction)');
  });
});
