import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskMobile, maskName } from './masking.ts';

describe('masking (GB/T 35273)', () => {
  it('masks ID numbers to the first six and last four', () => {
    expect(maskIdNumber('440105194912311234')).toBe('440105********1234');
  });
  it('masks mobiles to 138****1234', () => {
    expect(maskMobile('13812341234')).toBe('138****1234');
  });
  it('masks names to the surname', () => {
    expect(maskName('李小明')).toBe('李**');
    expect(maskName('欧阳娜娜')).toBe('欧***');
  });
  it('passes empty values through', () => {
    expect(maskMobile(null)).toBeNull();
    expect(maskIdNumber('')).toBe('');
  });
});
