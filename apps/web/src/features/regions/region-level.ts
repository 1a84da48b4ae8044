import type { TKey } from '../../app/i18n/i18n-context.tsx';

const LEVEL_KEYS: Record<number, TKey> = { 1: 'level.1', 2: 'level.2', 3: 'level.3', 4: 'level.4', 5: 'level.5' };
const LEVEL_COLORS: Record<number, string> = { 1: 'purple', 2: 'geekblue', 3: 'blue', 4: 'cyan', 5: 'green' };

export function levelKey(level: number): TKey {
  return LEVEL_KEYS[level] ?? 'level.5';
}

export function levelColor(level: number): string {
  return LEVEL_COLORS[level] ?? 'default';
}
