import { PortcullisError } from '../core/portcullis-error';
import { METADATA_MAX_CHARACTERS } from './metadata-text-checks';

/** The part of `fetch` the fetcher needs, injectable for tests. */
export type FetchLike = (url: string, init: { redirect: 'manual'; signal: AbortSignal; headers: Record<string, string> }) => Promise<Response>;

export interface MetadataFetchOptions {
  readonly fetchImpl?: FetchLike;
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  readonly maxRedirects?: number;
}

function httpsUrl(raw: string, field: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new PortcullisError('INVALID_ARGUMENT', `“${raw}” is not a URL.`, { field, remedy: 'Paste the metadata URL from the IdP, starting with https://.' });
  }
  if (url.protocol !== 'https:') {
    throw new PortcullisError('INVALID_ARGUMENT', `Metadata is fetched only over https, not ${url.protocol.replace(':', '')}.`, {
      field,
      remedy: 'Use the https:// metadata URL of the IdP, or download the file and upload it.',
    });
  }
  return url;
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  const tooLarge = (): PortcullisError =>
    new PortcullisError('METADATA_INVALID', `The metadata at this URL is larger than ${maxBytes.toLocaleString('en-US')} bytes, more than IAM accepts.`, {
      remedy: 'Check the URL: it should return the metadata of one IdP, not a federation aggregate.',
    });
  if (declared > maxBytes) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * Fetches IdP metadata from an https URL in the main process: a timeout, a size cap, and
 * redirects followed only to https URLs (a redirect to http would let the document be altered).
 */
export async function fetchMetadata(rawUrl: string, options: MetadataFetchOptions = {}): Promise<{ xml: string; finalUrl: string }> {
  const fetchImpl = options.fetchImpl ?? ((url, init) => fetch(url, init));
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxBytes = options.maxBytes ?? METADATA_MAX_CHARACTERS * 2;
  let url = httpsUrl(rawUrl, 'url');
  const signal = AbortSignal.timeout(timeoutMs);
  for (let hop = 0; hop <= (options.maxRedirects ?? 3); hop += 1) {
    let response: Response;
    try {
      response = await fetchImpl(url.href, { redirect: 'manual', signal, headers: { accept: 'application/samlmetadata+xml, application/xml, text/xml;q=0.9, */*;q=0.1' } });
    } catch (error) {
      const timedOut = signal.aborted;
      throw new PortcullisError('NETWORK', timedOut ? `The metadata URL did not answer within ${timeoutMs / 1000} seconds.` : `Could not fetch the metadata: ${(error as Error).message}`, {
        retryable: true,
        remedy: 'Check the URL and the network, or download the metadata file and upload it instead.',
        field: 'url',
      });
    }
    if (response.status >= 300 && response.status < 400) {
      const location = response.headers.get('location');
      if (!location) throw new PortcullisError('NETWORK', `The metadata URL redirected (${response.status}) without saying where to.`, { field: 'url' });
      const next = new URL(location, url);
      if (next.protocol !== 'https:') {
        throw new PortcullisError('METADATA_INVALID', `The metadata URL redirects to a non-https address (${next.origin}); it was not followed.`, {
          field: 'url',
          remedy: 'Ask the IdP for its https metadata URL, or download the file and upload it.',
        });
      }
      url = next;
      continue;
    }
    if (!response.ok) {
      throw new PortcullisError('NETWORK', `The metadata URL answered HTTP ${response.status}.`, {
        field: 'url',
        retryable: response.status >= 500,
        remedy: response.status === 401 || response.status === 403 ? 'This URL needs a sign-in; download the metadata file in the IdP console and upload it.' : 'Check the URL in the IdP’s application settings.',
      });
    }
    const bytes = await readCapped(response, maxBytes);
    // Decoded as UTF-8 whatever it is, keeping any BOM: the inspector then explains what IAM rejects.
    const xml = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    return { xml, finalUrl: url.href };
  }
  throw new PortcullisError('NETWORK', 'The metadata URL redirected too many times.', { field: 'url' });
}
