import { parseIamPolicyJson } from './iam-policy-json';

/** One statement of an IAM policy document, as far as Portcullis reads and writes them. */
export interface PolicyStatement {
  readonly Sid?: string;
  readonly Effect: 'Allow' | 'Deny';
  readonly Action?: string | readonly string[];
  readonly NotAction?: string | readonly string[];
  readonly Resource?: string | readonly string[];
  readonly NotResource?: string | readonly string[];
  readonly Condition?: Readonly<Record<string, Readonly<Record<string, string | readonly string[]>>>>;
}

/** An IAM policy document. */
export interface PolicyDocument {
  readonly Version: '2012-10-17';
  readonly Statement: readonly PolicyStatement[];
}

/** The characters IAM counts toward a policy size quota: the document without whitespace outside strings. */
export function policySize(document: string | PolicyDocument): number {
  const value = typeof document === 'string' ? JSON.parse(document) : document;
  return JSON.stringify(value).length;
}

/**
 * Parses a policy document as IAM returns it. Get*Policy and GetAccountAuthorizationDetails
 * return documents URL-encoded (RFC 3986), so both forms are accepted.
 */
export function parsePolicyDocument(text: string): PolicyDocument | undefined {
  const value = parseIamPolicyJson(text);
  if (!value) return undefined;
  const statements = Array.isArray(value.Statement) ? value.Statement : value.Statement ? [value.Statement] : [];
  return { Version: '2012-10-17', Statement: statements as PolicyStatement[] };
}

/** A string-or-list policy field as a list. */
export function asList(value: string | readonly string[] | undefined): readonly string[] {
  return value === undefined ? [] : typeof value === 'string' ? [value] : value;
}
