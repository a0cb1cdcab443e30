import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomUUID } from 'node:crypto';
import { JournalEntrySchema, type JournalEntry } from '../../../shared/model/journal';
import type { Clock, EventSink, JournalWriter } from '../core/ports';
import { redactSecrets } from '../core/redaction';

/** The append-only activity journal: a JSON-lines file in the data directory, or memory only. */
export class JournalService implements JournalWriter {
  private readonly entries: JournalEntry[] = [];

  constructor(
    private readonly filePath: string | null,
    private readonly clock: Clock,
    private readonly events?: EventSink,
  ) {
    if (filePath && existsSync(filePath)) this.entries.push(...readEntries(filePath));
  }

  append(entry: Omit<JournalEntry, 'id' | 'at'>): JournalEntry {
    const full = JournalEntrySchema.parse({
      ...entry,
      summary: redactSecrets(entry.summary),
      target: redactSecrets(entry.target),
      id: randomUUID(),
      at: this.clock.now().toISOString(),
    });
    this.entries.push(full);
    if (this.filePath) {
      mkdirSync(dirname(this.filePath), { recursive: true });
      appendFileSync(this.filePath, `${JSON.stringify(full)}\n`, { mode: 0o600 });
    }
    this.events?.emit('journal.appended', full);
    return full;
  }

  /** Newest first, filtered by free text (any field) and area prefix. */
  list(options: { query?: string; area?: string; limit: number }): { entries: JournalEntry[]; total: number } {
    const q = options.query?.trim().toLowerCase();
    const matches = this.entries.filter(
      (e) =>
        (!options.area || e.area === options.area || e.area.startsWith(`${options.area}.`)) &&
        (!q || [e.area, e.action, e.target, e.summary, e.outcome, e.accountAlias ?? '', e.accountId ?? ''].some((v) => v.toLowerCase().includes(q))),
    );
    return { entries: matches.slice().reverse().slice(0, options.limit), total: matches.length };
  }
}

function readEntries(filePath: string): JournalEntry[] {
  const out: JournalEntry[] = [];
  for (const line of readFileSync(filePath, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    // A torn last line (crash while appending) is skipped, not fatal.
    try {
      out.push(JournalEntrySchema.parse(JSON.parse(line)));
    } catch {
      continue;
    }
  }
  return out;
}
