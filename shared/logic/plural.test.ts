import { describe, expect, it } from 'vitest';
import { plural } from './plural';

describe('plural', () => {
  it('counts in words people read', () => {
    expect(plural(1, 'completed step')).toBe('1 completed step');
    expect(plural(2, 'completed step')).toBe('2 completed steps');
    expect(plural(0, 'policy', 'policies')).toBe('0 policies');
  });
});
