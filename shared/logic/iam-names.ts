import { z } from 'zod';

/**
 * IAM name rules from the API models. Where AWS's prose and its model regex disagree
 * (SAML provider names), the stricter model regex wins so the call cannot fail later.
 */
const WORD_PLUS = /^[\w+=,.@-]+$/;
const SAML_PROVIDER = /^[\w._-]+$/;
const PATH = /^(\/|\/[\u0021-\u007E]+\/)$/;
const TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

function nameSchema(kind: string, max: number, pattern: RegExp, allowed: string) {
  return z
    .string()
    .min(1, `Enter a ${kind} name.`)
    .max(max, `A ${kind} name can be at most ${max} characters.`)
    .regex(pattern, `A ${kind} name can contain only ${allowed}.`);
}

const PLUS_CHARS = 'letters, digits and _ + = , . @ -';

/** Role names: 1–64 characters of letters, digits and `_+=,.@-` (unique case-insensitively). */
export const RoleNameSchema = nameSchema('role', 64, WORD_PLUS, PLUS_CHARS);
/** SAML provider names: 1–128 characters of letters, digits and `._-` (IAM's model regex). */
export const SamlProviderNameSchema = nameSchema('SAML provider', 128, SAML_PROVIDER, 'letters, digits and _ . -');
/** Managed and inline policy names: 1–128 characters of letters, digits and `_+=,.@-`. */
export const PolicyNameSchema = nameSchema('policy', 128, WORD_PLUS, PLUS_CHARS);
/** New user names: 1–64 characters (existing users may be referenced with up to 128). */
export const UserNameSchema = nameSchema('user', 64, WORD_PLUS, PLUS_CHARS);
/** Group names: 1–128 characters of letters, digits and `_+=,.@-`. */
export const GroupNameSchema = nameSchema('group', 128, WORD_PLUS, PLUS_CHARS);
/** Virtual MFA device names: letters, digits and `_+=,.@-`; the serial ARN caps the length. */
export const MfaDeviceNameSchema = nameSchema('MFA device', 200, WORD_PLUS, PLUS_CHARS);

/** IAM paths: `/` or `/segments/` of printable ASCII, up to 512 characters. */
export const IamPathSchema = z
  .string()
  .max(512, 'A path can be at most 512 characters.')
  .regex(PATH, 'A path must be "/" or start and end with "/" (for example /federated/).');

/** A resource tag as IAM accepts it: key 1–128, value 0–256, letters, digits, spaces and `_.:/=+-@`. */
export const IamTagSchema = z.object({
  key: z
    .string()
    .min(1, 'Enter a tag key.')
    .max(128, 'A tag key can be at most 128 characters.')
    .regex(TAG_TEXT, 'A tag key can contain only letters, digits, spaces and _ . : / = + - @.')
    .refine((k) => !k.toLowerCase().startsWith('aws:'), 'Tag keys starting with "aws:" are reserved for AWS.'),
  value: z
    .string()
    .max(256, 'A tag value can be at most 256 characters.')
    .regex(TAG_TEXT, 'A tag value can contain only letters, digits, spaces and _ . : / = + - @.'),
});
export type IamTag = z.infer<typeof IamTagSchema>;

/** Up to 50 tags with distinct keys (IAM compares tag keys case-insensitively). */
export const IamTagListSchema = z
  .array(IamTagSchema)
  .max(50, 'IAM allows at most 50 tags per resource.')
  .refine((tags) => new Set(tags.map((t) => t.key.toLowerCase())).size === tags.length, 'Each tag key can be used only once.');

/** Role descriptions: up to 1,000 characters of printable Latin-1 text. */
export const RoleDescriptionSchema = z
  .string()
  .max(1000, 'A description can be at most 1,000 characters.')
  .regex(/^[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*$/, 'A description can contain only printable Latin-1 characters.');

/** The first problem with a name under a schema, or undefined when the name is valid. */
export function nameProblem(schema: z.ZodType<string>, name: string): string | undefined {
  const result = schema.safeParse(name);
  return result.success ? undefined : result.error.issues[0]?.message;
}

/** Whether the console's Switch Role can use the role: path plus name must fit in 64 characters. */
export function fitsSwitchRole(path: string, roleName: string): boolean {
  return (path === '/' ? 0 : path.length - 1) + roleName.length <= 64;
}
