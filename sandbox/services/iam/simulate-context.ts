import type { RequestContextValues } from '../../policy/request-context';

/** A ContextEntries item of SimulateCustomPolicy / SimulatePrincipalPolicy. */
export interface ContextEntry {
  ContextKeyName?: string;
  ContextKeyValues?: string[];
  ContextKeyType?: string;
}

/** Turns ContextEntries into the evaluator's context, normalizing booleans as IAM compares them. */
export function simulationContext(entries: readonly ContextEntry[] | undefined): RequestContextValues {
  const map = new Map<string, readonly string[]>();
  for (const entry of entries ?? []) {
    if (!entry.ContextKeyName) continue;
    const type = entry.ContextKeyType ?? 'string';
    const values = (entry.ContextKeyValues ?? []).map((v) => (type.startsWith('boolean') ? v.toLowerCase() : v));
    map.set(entry.ContextKeyName.toLowerCase(), values);
  }
  return map;
}
