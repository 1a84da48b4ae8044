import { describe, expect, it } from 'vitest';
import { pinyinKeys } from './pinyin.ts';

describe('pinyin search keys', () => {
  it('gives full pinyin and initials', () => {
    expect(pinyinKeys('张三')).toEqual({ full: 'zhangsan', initials: 'zs' });
  });
  it('reads polyphonic surnames as surnames', () => {
    expect(pinyinKeys('单雄信').full.startsWith('shan')).toBe(true);
    expect(pinyinKeys('曾小贤').full.startsWith('zeng')).toBe(true);
  });
  it('keeps letters and digits in mixed names', () => {
    expect(pinyinKeys('南华西街社工站').initials).toBe('nhxjsgz');
  });
});
