import { idCardCheckChar } from '@shegong/core';
import type { seededRandom } from './demo-random.ts';

const SURNAMES = '陈李黄张梁林何罗刘吴郑谢周冯邓叶苏卢蔡许曾彭余潘钟杨朱'.split('');
const GIVEN =
  '志伟秀英丽华明强敏燕婷玉兰建国嘉欣子豪淑芬惠珍伟雄慧玲家乐文杰晓东美玲国华少芳永强桂英锦泉佩仪俊豪雅琪海燕金凤振华'.match(/.{1,2}/gu) ??
  [];

type Random = ReturnType<typeof seededRandom>;

export function chineseName(random: Random): string {
  const given = random.chance(0.3) ? (random.pick(GIVEN) as string).slice(0, 1) : (random.pick(GIVEN) as string);
  return random.pick(SURNAMES) + given;
}

/** A valid 18-character ID number (GB 11643) for someone born on `birth` (YYYY-MM-DD) registered in 海珠/天河. */
export function idNumberFor(random: Random, birth: string, area = '440105'): string {
  const first17 = `${area}${birth.replaceAll('-', '')}${String(random.int(1, 999)).padStart(3, '0')}`;
  return first17 + idCardCheckChar(first17);
}

export function birthBetween(random: Random, fromYear: number, toYear: number): string {
  const y = random.int(fromYear, toYear);
  const m = random.int(1, 12);
  const d = random.int(1, 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function mobileFor(random: Random): string {
  return `1${random.pick(['38', '39', '37', '35', '58', '59', '86', '88'])}${String(random.int(10000000, 99999999))}`;
}
