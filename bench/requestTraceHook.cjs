'use strict';
/**
 * `--require` hook that traces a process into the file named by REQUEST_TRACE_FILE (one JSON
 * document, written on exit): every HTTP request it answers, every HTTP call it makes while
 * answering one (storage, the Bot Connector) with when the call was handed to the system, its
 * garbage collector's pauses, and how late its event loop ran a timer asked for every 2 ms. The
 * load benchmark loads it into the server and into Azurite; a storage call and the request Azurite
 * saw are the same when they carry the same `x-ms-client-request-id` (the SDK sets one per call).
 * Read by bench/traceSummary.ts. Times are microseconds on the monotonic clock (`process.hrtime`),
 * one clock for every process of the machine and the load's window.
 */
const trace = process.env.REQUEST_TRACE_FILE;
if (trace) {
  const { AsyncLocalStorage } = require('node:async_hooks');
  const http = require('node:http');
  const { syncBuiltinESMExports } = require('node:module');
  const { PerformanceObserver, performance } = require('node:perf_hooks');
  const { writeFileSync } = require('node:fs');
  const { setInterval } = require('node:timers');

  const now = () => Number(process.hrtime.bigint() / 1000n);
  // performance.now() is milliseconds since timeOrigin; hrtime is another origin: one offset.
  const offsetUs = now() - Math.round(performance.now() * 1000);
  const current = new AsyncLocalStorage();
  const requests = [];
  const gc = [];

  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (event, request, response) {
    if (event !== 'request') return emit.apply(this, arguments);
    const entry = {
      id: request.headers['x-ms-client-request-id'],
      method: request.method,
      path: request.url.replace(/\?.*$/, ''),
      from: now(),
      to: 0,
      calls: [],
    };
    requests.push(entry);
    response.once('finish', () => (entry.to = now()));
    return current.run(entry, () => emit.apply(this, arguments));
  };

  const request = http.request;
  http.request = function () {
    const entry = current.getStore();
    const outgoing = request.apply(this, arguments);
    if (entry) {
      const call = {
        from: now(),
        sent: 0,
        headers: 0,
        to: 0,
        host: `${outgoing.host}`,
        path: outgoing.path,
        id: outgoing.getHeader('x-ms-client-request-id'),
      };
      entry.calls.push(call);
      outgoing.once('finish', () => (call.sent = now()));
      outgoing.once('response', (incoming) => {
        call.headers = now();
        incoming.once('end', () => (call.to = now()));
      });
      outgoing.once('close', () => {
        if (!call.to) call.to = now();
      });
    }
    return outgoing;
  };
  syncBuiltinESMExports();

  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      gc.push({
        from: offsetUs + Math.round(e.startTime * 1000),
        us: Math.round(e.duration * 1000),
        kind: e.detail ? e.detail.kind : e.kind,
      });
  }).observe({ entryTypes: ['gc'] });

  // The event loop's lateness: a timer asked for every 2 ms, and how late each one ran.
  const lag = [];
  let expected = now() + 2000;
  setInterval(() => {
    const t = now();
    if (t - expected > 3000) lag.push({ at: expected, us: t - expected });
    expected = t + 2000;
  }, 2).unref();

  process.on('exit', () => writeFileSync(trace, JSON.stringify({ requests, gc, lag })));
}
