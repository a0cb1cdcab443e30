import type { Logger } from './ports';
import { redactSecrets } from './redaction';

/** A line-per-event logger to stderr (or a given sink) that redacts secrets as a last line of defence. */
export function createLogger(sink: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Logger {
  const write = (level: string, message: string, fields?: Record<string, unknown>): void => {
    const extra = fields ? ` ${JSON.stringify(fields)}` : '';
    sink(redactSecrets(`${new Date().toISOString()} ${level} ${message}${extra}`));
  };
  return {
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
  };
}
