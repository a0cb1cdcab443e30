/**
 * Parses a policy document as IAM returns it: Get*Policy, ListRoles and
 * GetAccountAuthorizationDetails return them URL-encoded (RFC 3986); Create* echo plain JSON.
 * Returns the JSON object, or undefined when the text is neither form.
 */
export function parseIamPolicyJson(text: string): Record<string, unknown> | undefined {
  for (const candidate of [text, safeDecode(text)]) {
    if (candidate === undefined) continue;
    try {
      const parsed: unknown = JSON.parse(candidate);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
    } catch {
      // not this form; try the next
    }
  }
  return undefined;
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
