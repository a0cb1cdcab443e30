import type { IncomingHttpHeaders } from 'node:http';
import { AwsError } from './aws-error';
import type { Principal } from './operation';
import { computeSignature, formatAmzDate, parseAmzDate, parseAuthorization, sha256Hex, signaturesEqual, type ParsedAuthorization } from './sigv4';
import type { SandboxState } from './state';

/** What a key id resolves to: its secret, the session token it needs (temporary keys) and who it is. */
export interface ResolvedCredentials {
  secretAccessKey: string;
  sessionToken?: string;
  principal: Principal;
  /** Set for temporary credentials that have expired. */
  expired?: boolean;
}

export type CredentialResolver = (state: SandboxState, accessKeyId: string, now: Date) => ResolvedCredentials | undefined;

/** The auth error codes differ between the query services and the JSON services. */
export function authError(protocol: 'query' | 'json', kind: 'missing' | 'unknown-key' | 'bad-signature' | 'expired', message?: string): AwsError {
  const invalidToken = 'The security token included in the request is invalid.';
  if (protocol === 'query') {
    switch (kind) {
      case 'missing':
        return new AwsError('MissingAuthenticationToken', 'Request is missing Authentication Token', 403);
      case 'unknown-key':
        return new AwsError('InvalidClientTokenId', invalidToken, 403);
      case 'bad-signature':
        return new AwsError('SignatureDoesNotMatch', message ?? signatureMismatch, 403);
      case 'expired':
        return new AwsError('ExpiredToken', 'The security token included in the request is expired', 403);
    }
  }
  switch (kind) {
    case 'missing':
      return new AwsError('MissingAuthenticationTokenException', 'Missing Authentication Token', 403);
    case 'unknown-key':
      return new AwsError('UnrecognizedClientException', invalidToken, 400);
    case 'bad-signature':
      return new AwsError('InvalidSignatureException', message ?? signatureMismatch, 400);
    case 'expired':
      return new AwsError('ExpiredTokenException', 'The security token included in the request is expired', 400);
  }
}

const signatureMismatch =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';

const maxSkewMs = 15 * 60 * 1000;

export interface AuthenticationRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  protocol: 'query' | 'json';
}

/** Reads the credential scope without verifying, for routing query requests. */
export function credentialScope(headers: IncomingHttpHeaders): ParsedAuthorization | undefined {
  const h = headers['authorization'];
  return typeof h === 'string' ? parseAuthorization(h) : undefined;
}

/** Verifies the request's SigV4 signature and returns the principal, or throws AWS's auth error. */
export function authenticate(req: AuthenticationRequest, state: SandboxState, now: Date, resolve: CredentialResolver): Principal {
  const header = req.headers['authorization'];
  if (typeof header !== 'string' || header === '') throw authError(req.protocol, 'missing');
  const auth = parseAuthorization(header);
  if (!auth) {
    throw new AwsError(req.protocol === 'query' ? 'IncompleteSignature' : 'IncompleteSignatureException', `Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters. Authorization=${header}`, req.protocol === 'query' ? 403 : 400);
  }
  const amzDateText = (req.headers['x-amz-date'] as string | undefined) ?? '';
  const signedAt = parseAmzDate(amzDateText) ?? (req.headers['date'] ? new Date(req.headers['date']) : undefined);
  if (!signedAt || Number.isNaN(signedAt.getTime())) {
    throw authError(req.protocol, 'bad-signature', 'Authorization header or parameters are not formatted correctly.');
  }
  const resolved = resolve(state, auth.accessKeyId, now);
  if (!resolved) throw authError(req.protocol, 'unknown-key');
  const token = req.headers['x-amz-security-token'];
  if ((resolved.sessionToken ?? undefined) !== (typeof token === 'string' ? token : undefined)) {
    throw authError(req.protocol, 'unknown-key');
  }
  if (resolved.expired) throw authError(req.protocol, 'expired');
  const skew = signedAt.getTime() - now.getTime();
  if (skew < -maxSkewMs) {
    throw authError(req.protocol, 'bad-signature', `Signature expired: ${formatAmzDate(signedAt)} is now earlier than ${formatAmzDate(new Date(now.getTime() - maxSkewMs))} (${formatAmzDate(now)} - 15 min.)`);
  }
  if (skew > maxSkewMs) {
    throw authError(req.protocol, 'bad-signature', `Signature not yet current: ${formatAmzDate(signedAt)} is still later than ${formatAmzDate(new Date(now.getTime() + maxSkewMs))} (${formatAmzDate(now)} + 15 min.)`);
  }
  const declared = req.headers['x-amz-content-sha256'];
  const actualHash = sha256Hex(req.body);
  const payloadHash = typeof declared === 'string' && auth.signedHeaders.includes('x-amz-content-sha256') ? declared : actualHash;
  if (payloadHash !== 'UNSIGNED-PAYLOAD' && payloadHash !== actualHash) throw authError(req.protocol, 'bad-signature');
  const expected = computeSignature({
    method: req.method,
    url: req.url,
    headers: req.headers,
    signedHeaders: auth.signedHeaders,
    payloadHash,
    amzDate: amzDateText || formatAmzDate(signedAt),
    scope: `${auth.scopeDate}/${auth.region}/${auth.service}/aws4_request`,
    secretAccessKey: resolved.secretAccessKey,
  });
  if (!signaturesEqual(expected, auth.signature)) throw authError(req.protocol, 'bad-signature');
  return resolved.principal;
}
