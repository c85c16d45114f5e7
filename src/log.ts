// Structured logs (pino, JSON lines on stderr). Every string that may hold a URL passes through redactText,
// so stream keys and signatures never reach a log file.
import { pino, type Logger } from 'pino';
import { redactText } from './core/redact.js';

function redactDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return { name: value.name, message: redactText(value.message), code: (value as { code?: unknown }).code };
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SECRET_KEYS.test(k) ? '[redacted]' : redactDeep(v, depth + 1)]));
}

const SECRET_KEYS = /^(?:secret.*|.*token|.*key|authorization|sign|signature|password|cookie)$/i;

export function createLogger(options: { level?: string; destination?: NodeJS.WritableStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? process.env.RELAYBOT_LOG_LEVEL ?? 'info',
      base: { app: 'relaybot' },
      formatters: { log: (object) => redactDeep(object) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          const redacted = args.map((arg) => redactDeep(arg)) as Parameters<typeof method>;
          method.apply(this, redacted);
        },
      },
    },
    (options.destination ?? process.stderr) as pino.DestinationStream,
  );
}

export type { Logger };
