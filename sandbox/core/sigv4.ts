import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

// Signature Version 4 verification, header-based (what the SDKs and the AWS CLI send).

export interface ParsedAuthorization {
  accessKeyId: string;
  /** yyyymmdd from the credential scope. */
  scopeDate: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
}

/** Parses `AWS4-HMAC-SHA256 Credential=…/date/region/service/aws4_request, SignedHeaders=…, Signature=…`. */
export function parseAuthorization(header: string): ParsedAuthorization | undefined {
  const m = /^AWS4-HMAC-SHA256\s+(.*)$/s.exec(header.trim());
  if (!m) return undefined;
  const fields: Record<string, string> = {};
  for (const part of m[1]!.split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) fields[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  const scope = fields['Credential']?.split('/');
  if (!scope || scope.length !== 5 || scope[4] !== 'aws4_request' || !fields['SignedHeaders'] || !fields['Signature']) return undefined;
  return {
    accessKeyId: scope[0]!,
    scopeDate: scope[1]!,
    region: scope[2]!,
    service: scope[3]!,
    signedHeaders: fields['SignedHeaders'].split(';'),
    signature: fields['Signature'],
  };
}

/** RFC 3986 encoding as SigV4 wants it. */
function uriEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function canonicalPath(path: string): string {
  const segments = path.split('/').map((s) => {
    let decoded = s;
    try {
      decoded = decodeURIComponent(s);
    } catch {
      /* keep the raw segment */
    }
    // Non-S3 services encode each segment twice.
    return uriEncode(uriEncode(decoded));
  });
  const joined = segments.join('/');
  return joined.startsWith('/') ? joined : `/${joined}`;
}

function canonicalQuery(query: string): string {
  if (!query) return '';
  return query
    .split('&')
    .filter((p) => p !== '')
    .map((p) => {
      const eq = p.indexOf('=');
      const k = decodeURIComponent((eq < 0 ? p : p.slice(0, eq)).replace(/\+/g, ' '));
      const v = eq < 0 ? '' : decodeURIComponent(p.slice(eq + 1).replace(/\+/g, ' '));
      return [uriEncode(k), uriEncode(v)] as const;
    })
    .sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export interface SignatureInput {
  method: string;
  /** Raw request target: path plus optional `?query`. */
  url: string;
  /** Lower-cased header names. */
  headers: Record<string, string | string[] | undefined>;
  signedHeaders: string[];
  payloadHash: string;
  amzDate: string;
  scope: string;
  secretAccessKey: string;
}

/** Computes the hex signature for a request exactly as a correct signer would. */
export function computeSignature(input: SignatureInput): string {
  const q = input.url.indexOf('?');
  const path = q < 0 ? input.url : input.url.slice(0, q);
  const query = q < 0 ? '' : input.url.slice(q + 1);
  const canonicalHeaders = input.signedHeaders
    .map((h) => {
      const v = input.headers[h];
      const text = Array.isArray(v) ? v.join(',') : (v ?? '');
      return `${h}:${text.trim().replace(/\s+/g, ' ')}\n`;
    })
    .join('');
  const canonicalRequest = [
    input.method,
    canonicalPath(path),
    canonicalQuery(query),
    canonicalHeaders,
    input.signedHeaders.join(';'),
    input.payloadHash,
  ].join('\n');
  const stringToSign = ['AWS4-HMAC-SHA256', input.amzDate, input.scope, sha256Hex(canonicalRequest)].join('\n');
  const [date, region, service] = input.scope.split('/');
  let key: Buffer = createHmac('sha256', `AWS4${input.secretAccessKey}`).update(date!).digest();
  key = createHmac('sha256', key).update(region!).digest();
  key = createHmac('sha256', key).update(service!).digest();
  key = createHmac('sha256', key).update('aws4_request').digest();
  return createHmac('sha256', key).update(stringToSign).digest('hex');
}

export function signaturesEqual(a: string, b: string): boolean {
  const ba = Buffer.from(a);
  const bb = Buffer.from(b);
  return ba.length === bb.length && timingSafeEqual(ba, bb);
}

/** Parses `20260101T000000Z`. */
export function parseAmzDate(text: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (!m) return undefined;
  return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
}

export function formatAmzDate(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
