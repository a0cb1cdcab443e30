import { describe, expect, it } from 'vitest';
import { SignatureV4 } from '@smithy/signature-v4';
import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import { computeSignature, parseAuthorization, sha256Hex } from './sigv4';

function bytes(data: string | ArrayBuffer | ArrayBufferView): string | Uint8Array {
  if (typeof data === 'string') return data;
  return data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** The hash constructor the SDK signer expects (HMAC when given a secret). */
class Sha256 {
  private readonly hash: Hash | Hmac;
  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.hash = secret ? createHmac('sha256', bytes(secret)) : createHash('sha256');
  }
  update(data: string | ArrayBuffer | ArrayBufferView): void {
    this.hash.update(bytes(data));
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }
}

const credentials = { accessKeyId: 'AKIAEXAMPLEEXAMPLE01', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };

async function signed(service: string, body: string, headers: Record<string, string>, withContentHash = false) {
  const signer = new SignatureV4({ credentials, region: 'us-east-1', service, sha256: Sha256, applyChecksum: withContentHash });
  const request = await signer.sign(
    { method: 'POST', protocol: 'http:', hostname: '127.0.0.1', port: 4566, path: '/', headers: { host: '127.0.0.1:4566', ...headers }, body },
    { signingDate: new Date('2026-03-01T12:00:00Z') },
  );
  const lower = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), v]));
  return lower;
}

function verify(headers: Record<string, string>, body: string, secret = credentials.secretAccessKey): boolean {
  const auth = parseAuthorization(headers['authorization']!)!;
  const declared = headers['x-amz-content-sha256'];
  return (
    computeSignature({
      method: 'POST',
      url: '/',
      headers,
      signedHeaders: auth.signedHeaders,
      payloadHash: declared ?? sha256Hex(body),
      amzDate: headers['x-amz-date']!,
      scope: `${auth.scopeDate}/${auth.region}/${auth.service}/aws4_request`,
      secretAccessKey: secret,
    }) === auth.signature
  );
}

describe('SigV4 verification against the SDK signer', () => {
  it('recomputes the signature of a query request', async () => {
    const body = 'Action=ListUsers&Version=2010-05-08&PathPrefix=%2Fa%20b%2F';
    const headers = await signed('iam', body, { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' });
    expect(parseAuthorization(headers['authorization']!)).toMatchObject({ accessKeyId: credentials.accessKeyId, region: 'us-east-1', service: 'iam', scopeDate: '20260301' });
    expect(verify(headers, body)).toBe(true);
    expect(verify(headers, body, 'another-secret')).toBe(false);
    expect(verify(headers, body.replace('ListUsers', 'ListRoles'))).toBe(false);
  });

  it('recomputes the signature of a JSON request with X-Amz-Content-Sha256 signed', async () => {
    const body = '{"MaxResults":5}';
    const headers = await signed('sso', body, { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'SWBExternalService.ListInstances', 'x-amz-content-sha256': sha256Hex(body) }, true);
    expect(headers['authorization']).toContain('x-amz-content-sha256');
    expect(verify(headers, body)).toBe(true);
    const tampered = { ...headers, 'x-amz-target': 'SWBExternalService.DeleteInstance' };
    expect(verify(tampered, body)).toBe(false);
  });
});
