/** Condition context: lower-cased key → values (a single-valued key has one value). */
export type RequestContextValues = ReadonlyMap<string, readonly string[]>;

/** Builds a context map from key/value pairs, lower-casing keys as IAM compares them. */
export function contextFrom(entries: Record<string, string | readonly string[] | undefined>): Map<string, readonly string[]> {
  const map = new Map<string, readonly string[]>();
  for (const [key, value] of Object.entries(entries)) {
    if (value === undefined) continue;
    map.set(key.toLowerCase(), typeof value === 'string' ? [value] : value);
  }
  return map;
}
