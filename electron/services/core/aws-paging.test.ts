import { describe, expect, it } from 'vitest';
import { collectMarkerPages, mapWithLimit } from './aws-paging';

describe('IAM paging', () => {
  it('follows markers until a page is not truncated, whatever the page sizes', async () => {
    const pages: Record<string, { items: number[]; isTruncated: boolean; marker?: string }> = {
      start: { items: [1, 2], isTruncated: true, marker: 'a' },
      a: { items: [], isTruncated: true, marker: 'b' },
      b: { items: [3], isTruncated: false },
    };
    const asked: (string | undefined)[] = [];
    const all = await collectMarkerPages(async (marker) => (asked.push(marker), pages[marker ?? 'start']!));
    expect(all).toEqual([1, 2, 3]);
    expect(asked).toEqual([undefined, 'a', 'b']);
  });

  it('stops when AWS repeats a marker instead of looping forever', async () => {
    let calls = 0;
    const all = await collectMarkerPages(async () => (calls++, { items: [calls], isTruncated: true, marker: 'same' }));
    expect(all).toEqual([1, 2]);
  });

  it('keeps the input order while limiting concurrency', async () => {
    let running = 0;
    let peak = 0;
    const out = await mapWithLimit([5, 1, 4, 2, 3], 2, async (n) => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, n));
      running -= 1;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30]);
    expect(peak).toBe(2);
  });
});
