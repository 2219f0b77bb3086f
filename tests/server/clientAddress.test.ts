import type { IncomingMessage } from 'node:http';
import { clientAddress } from '../../server/clientAddress';

const request = (peer: string, forwarded?: string | string[]) =>
  ({
    socket: { remoteAddress: peer },
    headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded },
  }) as unknown as IncomingMessage;

describe('the client address the application form is rate-limited by', () => {
  test('without a trusted proxy it is the connection, whatever the header says', () => {
    expect(clientAddress(request('10.0.0.5', '203.0.113.9'), 0)).toBe('10.0.0.5');
  });

  test('behind one proxy it is the entry that proxy appended, never the client’s own claims', () => {
    expect(clientAddress(request('10.0.0.5', '203.0.113.9:51234'), 1)).toBe('203.0.113.9');
    // A client that sends its own header cannot choose its address: the proxy's entry is last.
    expect(clientAddress(request('10.0.0.5', '198.51.100.1, 203.0.113.9:443'), 1)).toBe(
      '203.0.113.9',
    );
    expect(clientAddress(request('10.0.0.5', ['198.51.100.1', '[2001:db8::1]:443']), 1)).toBe(
      '2001:db8::1',
    );
  });

  test('behind two proxies it is the second entry from the right', () => {
    expect(clientAddress(request('10.0.0.5', 'spoofed, 203.0.113.9, 10.1.1.1'), 2)).toBe(
      '203.0.113.9',
    );
  });

  test('with fewer entries than proxies, or none, it falls back to the connection', () => {
    expect(clientAddress(request('10.0.0.5'), 1)).toBe('10.0.0.5');
    expect(clientAddress(request('10.0.0.5', '203.0.113.9'), 2)).toBe('10.0.0.5');
  });
});
