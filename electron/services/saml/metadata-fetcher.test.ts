import { describe, expect, it } from 'vitest';
import { fetchMetadata, type FetchLike } from './metadata-fetcher';

function fake(routes: Record<string, () => Response>): { fetchImpl: FetchLike; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    fetchImpl: async (url) => {
      calls.push(url);
      const route = routes[url];
      if (!route) throw new Error('ECONNREFUSED');
      return route();
    },
  };
}

describe('fetching metadata from a URL', () => {
  it('refuses non-https URLs without any request', async () => {
    const { fetchImpl, calls } = fake({});
    await expect(fetchMetadata('http://idp.example/metadata', { fetchImpl })).rejects.toThrow(/only over https/);
    await expect(fetchMetadata('not a url', { fetchImpl })).rejects.toThrow(/is not a URL/);
    expect(calls).toEqual([]);
  });

  it('follows https redirects and returns the document', async () => {
    const { fetchImpl, calls } = fake({
      'https://idp.example/m': () => new Response(null, { status: 302, headers: { location: '/real' } }),
      'https://idp.example/real': () => new Response('<md:EntityDescriptor/>', { status: 200 }),
    });
    const result = await fetchMetadata('https://idp.example/m', { fetchImpl });
    expect(result).toEqual({ xml: '<md:EntityDescriptor/>', finalUrl: 'https://idp.example/real' });
    expect(calls).toHaveLength(2);
  });

  it('does not follow a redirect to http', async () => {
    const { fetchImpl, calls } = fake({ 'https://idp.example/m': () => new Response(null, { status: 301, headers: { location: 'http://evil.example/m' } }) });
    await expect(fetchMetadata('https://idp.example/m', { fetchImpl })).rejects.toThrow(/redirects to a non-https address/);
    expect(calls).toEqual(['https://idp.example/m']);
  });

  it('stops reading past the size cap', async () => {
    const { fetchImpl } = fake({ 'https://idp.example/big': () => new Response('x'.repeat(5000)) });
    await expect(fetchMetadata('https://idp.example/big', { fetchImpl, maxBytes: 1000 })).rejects.toThrow(/larger than 1,000 bytes/);
  });

  it('gives up after the timeout', async () => {
    const fetchImpl: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) => init.signal.addEventListener('abort', () => reject(new Error('aborted'))));
    await expect(fetchMetadata('https://slow.example/m', { fetchImpl, timeoutMs: 50 })).rejects.toThrow(/did not answer within 0.05 seconds/);
  });

  it('keeps a BOM so the inspector can offer to strip it, and explains 403', async () => {
    const { fetchImpl } = fake({
      'https://idp.example/bom': () => new Response(new Uint8Array([0xef, 0xbb, 0xbf, 0x3c, 0x61, 0x2f, 0x3e])),
      'https://idp.example/403': () => new Response('no', { status: 403 }),
    });
    expect((await fetchMetadata('https://idp.example/bom', { fetchImpl })).xml).toBe('\uFEFF<a/>');
    await expect(fetchMetadata('https://idp.example/403', { fetchImpl })).rejects.toThrow(/HTTP 403/);
  });
});
