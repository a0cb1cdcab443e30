import { AwsError } from '../../core/aws-error';
import { MalformedPolicyError, parsePolicyDocument, type PolicyDocument } from '../../policy/policy-document';

function malformed(message: string): AwsError {
  return new AwsError('MalformedPolicyDocument', message, 400);
}

function parse(text: string): PolicyDocument {
  try {
    JSON.parse(text);
  } catch {
    throw malformed('This policy contains invalid Json');
  }
  let doc: PolicyDocument;
  try {
    doc = parsePolicyDocument(text);
  } catch (e) {
    if (e instanceof MalformedPolicyError) throw malformed(e.message);
    throw e;
  }
  if (doc.version !== undefined && doc.version !== '2012-10-17' && doc.version !== '2008-10-17') {
    throw malformed('The policy failed legacy parsing');
  }
  return doc;
}

/** Validates an identity-based (inline, managed or boundary) policy with IAM's messages. */
export function checkIdentityPolicy(text: string): void {
  const doc = parse(text);
  for (const s of doc.statements) {
    if (s.principal || s.notPrincipal) throw malformed('Policy document should not specify a principal.');
    if (!s.action && !s.notAction) throw malformed('Policy statement must contain actions.');
    if (!s.resource && !s.notResource) throw malformed('Policy statement must contain resources.');
  }
}

/** Validates a role trust policy with IAM's messages. */
export function checkTrustPolicy(text: string): void {
  const doc = parse(text);
  for (const s of doc.statements) {
    if (s.resource || s.notResource) throw malformed('Has prohibited field Resource');
    if (!s.principal && !s.notPrincipal) throw malformed('Missing required field Principal');
    if (!s.action && !s.notAction) throw malformed('Policy statement must contain actions.');
  }
}

/** A policy's size as IAM counts it for quotas: characters, not counting whitespace. */
export function policySize(text: string): number {
  return text.replace(/\s/g, '').length;
}

/** Policy documents in IAM Get/List responses are URL-encoded (RFC 3986), as AWS sends them. */
export function encodePolicy(text: string): string {
  return encodeURIComponent(text);
}
