import type { Handler } from '../../runtime/http';
import { route, routeTable, type Route } from '../../server/routeTable';

const named =
  (name: string): Handler =>
  () => {
    void name;
  };
const handlers = new Map<string, Handler>();
const entry = (key: string): Route => {
  const handler = named(key);
  handlers.set(key, handler);
  return [key, handler];
};

const keys = [
  'GET /api/opportunities/:id',
  'PATCH /api/opportunities/:id',
  'GET /api/opportunities/export.csv',
  'POST /api/opportunities/:id/intents',
  'GET /api/people/:id',
  'POST /api/people/invitations',
];

test.each([keys, [...keys].reverse()])(
  'a literal segment wins over a parameter, whatever the order of the table (%#)',
  (...order) => {
    const table = routeTable(order.map(entry));
    const found = (method: string, path: string) => {
      const match = table.match(method, path);
      return match.kind === 'found'
        ? { key: [...handlers].find(([, h]) => h === match.handler)?.[0], params: match.params }
        : match;
    };
    expect(found('GET', '/api/opportunities/export.csv')).toEqual({
      key: 'GET /api/opportunities/export.csv',
      params: {},
    });
    expect(found('GET', '/api/opportunities/MA-2026-0001')).toEqual({
      key: 'GET /api/opportunities/:id',
      params: { id: 'MA-2026-0001' },
    });
    // PATCH exists only on the parameter: the literal path does not hide it.
    expect(found('PATCH', '/api/opportunities/export.csv')).toEqual({
      key: 'PATCH /api/opportunities/:id',
      params: { id: 'export.csv' },
    });
    expect(found('GET', '/api/people/invitations')).toEqual({
      key: 'GET /api/people/:id',
      params: { id: 'invitations' },
    });
  },
);

test('405 names every method the path has; 404 for paths no route has', () => {
  const table = routeTable(keys.map(entry));
  expect(table.match('DELETE', '/api/opportunities/MA-2026-0001')).toEqual({
    kind: 'wrongMethod',
    allow: ['GET', 'PATCH'],
  });
  expect(table.match('DELETE', '/api/opportunities/export.csv')).toEqual({
    kind: 'wrongMethod',
    allow: ['GET', 'PATCH'],
  });
  expect(table.match('GET', '/api/opportunities/MA-2026-0001/intents')).toEqual({
    kind: 'wrongMethod',
    allow: ['POST'],
  });
  for (const path of [
    '/api/opportunities/MA-2026-0001/',
    '/api/opportunities//intents',
    '/api/opportunities/MA-2026-0001/other',
    '/api/opportunities',
    '/nowhere',
  ])
    expect(table.match('GET', path)).toEqual({ kind: 'none' });
});

test('parameters are decoded; a segment that does not decode matches nothing', () => {
  // The handler's params are typed from the key: `first` and `second`, strings.
  const table = routeTable([route('GET /a/:first/b/:second', ({ params }) => void params.second)]);
  const match = table.match('GET', '/a/x%20y/b/%C3%A9');
  expect(match).toMatchObject({ kind: 'found', params: { first: 'x y', second: 'é' } });
  expect(table.match('GET', '/a/%E0%A4%A/b/c')).toEqual({ kind: 'none' });
});

test('a key is "METHOD /path", once', () => {
  expect(() => routeTable([entry('GET /a'), entry('GET /a')])).toThrow(/Two routes/);
  expect(() => routeTable([entry('/a')])).toThrow(/METHOD \/path/);
  expect(() => routeTable([entry('GET a')])).toThrow(/METHOD \/path/);
});
