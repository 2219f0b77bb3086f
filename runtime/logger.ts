import pino, { type Logger } from 'pino';

export type { Logger };

/** The one structured logger: JSON lines on stdout, with the request id on every request's lines. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'micro-acquisition' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: ['req.headers.authorization', '*.connectionString'], censor: '[redacted]' },
    },
    destination,
  );
}

/** A destination whose write failures (a closed terminal: EIO, EPIPE) are dropped, not thrown. */
export function quietOnFailure(destination: pino.DestinationStream & NodeJS.EventEmitter) {
  destination.on('error', () => {});
  return destination;
}
