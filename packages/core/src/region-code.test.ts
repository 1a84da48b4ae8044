import { describe, expect, it } from 'vitest';
import { isWithinRegion, parentRegionCode, regionLevelOf, regionPrefix, toRegionCode } from './region-code.ts';

describe('region codes', () => {
  it('knows the level of each tier of a 12-digit code', () => {
    expect(regionLevelOf('440000000000')).toBe(1);
    expect(regionLevelOf('440100000000')).toBe(2);
    expect(regionLevelOf('440105000000')).toBe(3);
    expect(regionLevelOf('440105008000')).toBe(4);
    expect(regionLevelOf('440105008101')).toBe(5);
  });
  it('uses the significant prefix for subtree checks', () => {
    expect(regionPrefix('440105008000')).toBe('440105008');
    expect(isWithinRegion('440105008101', '440105000000')).toBe(true);
    expect(isWithinRegion('440106001001', '440105000000')).toBe(false);
  });
  it('pads short codes and finds parents', () => {
    expect(toRegionCode('4401')).toBe('440100000000');
    expect(parentRegionCode('440105008101')).toBe('440105008000');
    expect(parentRegionCode('440105000000')).toBe('440100000000');
    expect(parentRegionCode('440000000000')).toBeNull();
  });
});
