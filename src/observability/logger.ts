import { pino, type DestinationStream, type Logger } from 'pino';

/**
 * The gateway's structured log (pino, JSON lines on stdout). Request lines carry the operation
 * name, duration, principal ID, vendor call count and error codes, never variables or headers:
 * inputs can hold PSA credentials and personal data. Redaction is the second line of defence for
 * anything that still carries a credential (an error's request headers, a logged config).
 */
export const redactedPaths = [
  'authorization',
  'headers.authorization',
  'headers["x-api-key"]',
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  '*.authorization',
  '*["x-api-key"]',
  '*.apiKey',
  '*.apiToken',
  '*.privateKey',
  '*.publicKey',
  '*.secret',
  '*.password',
  '*.token',
  'variables',
];

export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      name: 'admingraph',
      level: options.level ?? process.env.ADMINGRAPH_LOG_LEVEL ?? 'info',
      redact: { paths: redactedPaths, censor: '********' },
    },
    options.destination,
  );
}
