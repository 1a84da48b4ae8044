import { pinyin } from 'pinyin-pro';

/**
 * Search keys for Chinese names: full pinyin without tones or spaces ("zhangsan")
 * and initials ("zs"). Surname mode reads polyphonic surnames correctly (单 → shan).
 */
export function pinyinKeys(name: string): { full: string; initials: string } {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'consecutive' });
  const clean = syllables.map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, '')).filter(Boolean);
  return { full: clean.join(''), initials: clean.map((s) => s[0]).join('') };
}
