import { createHash } from 'node:crypto';
import type { Element } from '@xmldom/xmldom';
import { AwsError } from '../core/aws-error';
import { AWS_SAML_ATTRIBUTES, rolePairMatches, SAML_CONTEXT_ATTRIBUTES } from './saml-attributes';
import { ACCEPTED_AUDIENCES, isAcceptedRecipient } from './saml-endpoints';
import { NS } from './saml-namespaces';
import { verifySamlSignature } from './saml-signature';
import { childElements, descendantElements, parseUntrustedXml, textOf, UnsafeXmlError } from './safe-xml';

/** The provider as STS needs it. */
export interface SamlProviderTrust {
  readonly arn: string;
  readonly name: string;
  readonly entityId: string;
  readonly signingCertificates: readonly string[];
  readonly uuid?: string;
}

export interface SamlValidationRequest {
  readonly samlAssertionBase64: string;
  readonly roleArn: string;
  readonly provider: SamlProviderTrust;
  readonly accountId: string;
  readonly now: Date;
}

/** The claims of a SAML response that passed every check STS makes. */
export interface ValidatedSamlResponse {
  readonly issuer: string;
  readonly subject: string;
  /** NameID format with the SAML 2.0 prefix removed (e.g. "persistent"). */
  readonly subjectType: string;
  /** The SubjectConfirmationData Recipient (STS's Audience output and saml:aud). */
  readonly recipient: string;
  readonly nameQualifier: string;
  readonly roleSessionName: string;
  readonly sessionDuration?: number;
  /** AuthnStatement SessionNotOnOrAfter, which caps the session. */
  readonly sessionNotOnOrAfter?: Date;
  readonly sourceIdentity?: string;
  readonly principalTags: Record<string, string>;
  readonly attributes: Record<string, string[]>;
  /** saml:* condition keys for the trust policy. */
  readonly contextKeys: Record<string, string[]>;
}

/** STS refuses assertions older than this after IssueInstant. */
const MAX_ASSERTION_AGE_MS = 5 * 60_000;
/** Clock skew tolerated for NotBefore (not documented by AWS; IdP clocks run slightly ahead). */
const NOT_BEFORE_SKEW_MS = 5 * 60_000;
const SESSION_NAME = /^[a-zA-Z_0-9+=,.@-]{2,64}$/;
const SAML2_NAMEID_PREFIX = 'urn:oasis:names:tc:SAML:2.0:nameid-format:';

const invalid = (message: string) => new AwsError('InvalidIdentityToken', message, 400);
const expired = (message: string) => new AwsError('ExpiredTokenException', message, 400);

function decodeResponse(base64: string): string {
  const compact = base64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.length % 4 !== 0) throw invalid('Invalid base64 SAMLResponse');
  return Buffer.from(compact, 'base64').toString('utf8');
}

function time(el: Element | undefined, attribute: string): Date | undefined {
  const value = el?.getAttribute(attribute);
  if (!value) return undefined;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw invalid(`Invalid ${attribute} in SAML response`);
  return d;
}

function readAttributes(assertion: Element): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const statement of childElements(assertion, NS.assertion, 'AttributeStatement')) {
    for (const attr of childElements(statement, NS.assertion, 'Attribute')) {
      const name = attr.getAttribute('Name') ?? '';
      out[name] = [...(out[name] ?? []), ...childElements(attr, NS.assertion, 'AttributeValue').map((v) => textOf(v))];
    }
  }
  return out;
}

function checkTimes(assertion: Element, subjectData: Element, now: Date): void {
  const issued = time(assertion, 'IssueInstant');
  if (!issued) throw invalid('Assertion has no IssueInstant');
  const conditions = childElements(assertion, NS.assertion, 'Conditions')[0];
  const notBefore = time(conditions, 'NotBefore');
  const notOnOrAfter = time(conditions, 'NotOnOrAfter');
  const subjectNotOnOrAfter = time(subjectData, 'NotOnOrAfter');
  const t = now.getTime();
  if (notOnOrAfter && t >= notOnOrAfter.getTime()) throw expired('Response has expired');
  if (subjectNotOnOrAfter && t >= subjectNotOnOrAfter.getTime()) throw expired('Response has expired');
  if (t - issued.getTime() > MAX_ASSERTION_AGE_MS) throw expired('Token must be redeemed within 5 minutes of issuance');
  if (notBefore && t + NOT_BEFORE_SKEW_MS < notBefore.getTime()) throw invalid('Response is not yet valid');
  if (issued.getTime() - NOT_BEFORE_SKEW_MS > t) throw invalid('Response is not yet valid');
}

function readSubject(assertion: Element, provider: SamlProviderTrust) {
  const subject = childElements(assertion, NS.assertion, 'Subject')[0];
  const nameId = subject ? childElements(subject, NS.assertion, 'NameID')[0] : undefined;
  if (!subject || !nameId || !textOf(nameId)) throw new AwsError('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithSAML', 403);
  const confirmations = childElements(subject, NS.assertion, 'SubjectConfirmation');
  const data = confirmations.length === 1 ? childElements(confirmations[0]!, NS.assertion, 'SubjectConfirmationData')[0] : undefined;
  if (!data || !data.getAttribute('Recipient') || !data.getAttribute('NotOnOrAfter')) {
    throw invalid('SubjectConfirmationData must have both NotOnOrAfter and Recipient');
  }
  const recipient = data.getAttribute('Recipient')!;
  if (!isAcceptedRecipient(recipient, provider.uuid)) throw invalid(`Recipient ${recipient} is not an AWS sign-in endpoint`);
  const format = nameId.getAttribute('Format') ?? 'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified';
  const subjectType = format.startsWith(SAML2_NAMEID_PREFIX) ? format.slice(SAML2_NAMEID_PREFIX.length) : format;
  return { subject: textOf(nameId), subjectType, recipient, data };
}

function checkAudience(assertion: Element): void {
  const conditions = childElements(assertion, NS.assertion, 'Conditions')[0];
  const audiences = conditions ? descendantElements(conditions, NS.assertion, 'Audience').map((a) => textOf(a)) : [];
  if (!audiences.some((a) => ACCEPTED_AUDIENCES.includes(a))) throw invalid('Response does not contain the required audience');
}

function checkIssuer(assertion: Element, response: Element | undefined, entityId: string): string {
  const issuer = textOf(childElements(assertion, NS.assertion, 'Issuer')[0]);
  const responseIssuer = response ? textOf(childElements(response, NS.assertion, 'Issuer')[0]) : '';
  if (issuer !== entityId || (responseIssuer && responseIssuer !== entityId)) throw invalid('Issuer not present in specified provider');
  return issuer;
}

function checkStatus(response: Element | undefined): void {
  if (!response) return;
  const code = descendantElements(response, NS.protocol, 'StatusCode')[0]?.getAttribute('Value');
  if (code && code !== 'urn:oasis:names:tc:SAML:2.0:status:Success') throw invalid('SAML response status is not Success');
}

/** Validates an AssumeRoleWithSAML SAMLAssertion the way STS does, each failure with STS's code and message. */
export function validateSamlResponse(request: SamlValidationRequest): ValidatedSamlResponse {
  const { provider, now } = request;
  const xml = decodeResponse(request.samlAssertionBase64);
  let doc;
  try {
    doc = parseUntrustedXml(xml, 1_000_000);
  } catch (err) {
    if (err instanceof UnsafeXmlError) throw invalid('Invalid SAML response');
    throw err;
  }
  if (descendantElements(doc, NS.assertion, 'EncryptedAssertion').length > 0) {
    throw invalid('Encrypted SAML assertions are not supported by this sandbox');
  }
  const signed = verifySamlSignature(xml, doc, provider.signingCertificates);
  if (!signed) throw invalid('Response signature invalid');
  const { assertion, response } = signed;
  // The unsigned outer Response may still carry a failure status; read it from the document.
  checkStatus(response ?? (doc.documentElement?.localName === 'Response' ? doc.documentElement : undefined));
  const issuer = checkIssuer(assertion, response, provider.entityId);
  const { subject, subjectType, recipient, data } = readSubject(assertion, provider);
  checkTimes(assertion, data, now);
  checkAudience(assertion);

  const attributes = readAttributes(assertion);
  const roles = attributes[AWS_SAML_ATTRIBUTES.role];
  if (!roles || roles.length === 0) throw invalid('Your request included an invalid SAML response: no Role attribute');
  if (!roles.some((v) => rolePairMatches(v, request.roleArn, provider.arn))) {
    throw new AwsError('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithSAML', 403);
  }
  const sessionNames = attributes[AWS_SAML_ATTRIBUTES.roleSessionName];
  if (!sessionNames || sessionNames.length === 0) throw invalid('RoleSessionName is required in AuthnResponse');
  const roleSessionName = sessionNames[0]!;
  if (!SESSION_NAME.test(roleSessionName)) throw invalid('RoleSessionName in AuthnResponse must match [a-zA-Z_0-9+=,.@-]{2,64}');

  let sessionDuration: number | undefined;
  const durationValue = attributes[AWS_SAML_ATTRIBUTES.sessionDuration]?.[0];
  if (durationValue !== undefined) {
    sessionDuration = Number(durationValue);
    if (!/^\d+$/.test(durationValue) || sessionDuration < 900 || sessionDuration > 43200) {
      throw invalid('SessionDuration in AuthnResponse must be an integer between 900 and 43200');
    }
  }
  const sourceIdentity = attributes[AWS_SAML_ATTRIBUTES.sourceIdentity]?.[0];
  if (sourceIdentity !== undefined && (!/^[\w+=,.@-]{2,64}$/.test(sourceIdentity) || sourceIdentity.toLowerCase().startsWith('aws:'))) {
    throw invalid('Source Identity must match [a-zA-Z_0-9+=,.@-]{2,64} and not begin with "aws:"');
  }
  const principalTags: Record<string, string> = {};
  for (const [name, values] of Object.entries(attributes)) {
    if (name.startsWith(AWS_SAML_ATTRIBUTES.principalTagPrefix)) principalTags[name.slice(AWS_SAML_ATTRIBUTES.principalTagPrefix.length)] = values[0] ?? '';
  }
  const authn = childElements(assertion, NS.assertion, 'AuthnStatement')[0];
  const nameQualifier = createHash('sha1').update(`${issuer}${request.accountId}/${provider.name}`).digest('base64');

  const contextKeys: Record<string, string[]> = {
    'saml:aud': [recipient],
    'saml:iss': [issuer],
    'saml:sub': [subject],
    'saml:sub_type': [subjectType],
    'saml:namequalifier': [nameQualifier],
    'saml:doc': [`${request.accountId}/${provider.name}`],
  };
  for (const [name, values] of Object.entries(attributes)) {
    const key = SAML_CONTEXT_ATTRIBUTES[name];
    if (key) contextKeys[key] = values;
  }
  return {
    issuer,
    subject,
    subjectType,
    recipient,
    nameQualifier,
    roleSessionName,
    sessionDuration,
    sessionNotOnOrAfter: time(authn, 'SessionNotOnOrAfter'),
    sourceIdentity,
    principalTags,
    attributes,
    contextKeys,
  };
}
