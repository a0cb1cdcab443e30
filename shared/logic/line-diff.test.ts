import { describe, expect, it } from 'vitest';
import { lineDiff } from './line-diff';

describe('lineDiff', () => {
  it('marks removed lines before the added lines that replace them', () => {
    expect(lineDiff('a\nb\nc', 'a\nB\nc')).toBe('  a\n- b\n+ B\n  c');
  });

  it('handles pure additions, pure removals and identical texts', () => {
    expect(lineDiff('a', 'a\nb')).toBe('  a\n+ b');
    expect(lineDiff('a\nb', 'b')).toBe('- a\n  b');
    expect(lineDiff('x\ny', 'x\ny')).toBe('  x\n  y');
  });
});
