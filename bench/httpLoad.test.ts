import { describe, expect, it } from 'vitest';
import { quantile } from './httpLoad';

describe('quantile', () => {
  const hundred = Array.from({ length: 100 }, (_, index) => index + 1);

  it('takes the nearest rank', () => {
    expect(quantile(hundred, 0.5)).toBe(50);
    expect(quantile(hundred, 0.99)).toBe(99);
    expect(quantile(hundred, 1)).toBe(100);
    expect(quantile([7], 0.99)).toBe(7);
  });

  it('has no value for no samples', () => {
    expect(quantile([], 0.5)).toBeNaN();
  });
});
