import type { RequestContextValues } from './request-context';

/**
 * Replaces `${key}` (and `${key, 'default'}`, `${*}`, `${?}`, `${$}`) in a Resource or
 * condition value. Returns undefined when a variable has no value and no default, because
 * AWS then treats that element as matching nothing.
 */
export function substitutePolicyVariables(text: string, context: RequestContextValues): string | undefined {
  let missing = false;
  const out = text.replace(/\$\{([^}]*)\}/g, (_, body: string) => {
    const [keyPart, ...rest] = body.split(',');
    const key = keyPart!.trim();
    if (key === '*' || key === '?' || key === '$') return key;
    const values = context.get(key.toLowerCase());
    if (values && values.length === 1) return values[0]!;
    const fallback = rest.join(',').trim().match(/^'(.*)'$/);
    if (fallback) return fallback[1]!;
    missing = true;
    return '';
  });
  return missing ? undefined : out;
}
