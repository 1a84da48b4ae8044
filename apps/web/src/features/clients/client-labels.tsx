import { CLIENT_RISK_LEVELS, CONSENT_GIVERS, CONSENT_PURPOSES, GENDERS, HOUSEHOLD_RELATIONS, ID_TYPES } from '@shegong/core';
import { Flex, Tag } from 'antd';
import { useMemo } from 'react';
import { type TFunction, useLocale, useT } from '../../app/i18n/i18n-context.tsx';
import { useClientCategories } from './clients-api.ts';

export type RiskLevel = (typeof CLIENT_RISK_LEVELS)[number];
export const RISK_COLORS: Record<RiskLevel, string> = { low: 'green', medium: 'orange', high: 'red' };

export const riskOptions = (t: TFunction) => CLIENT_RISK_LEVELS.map((r) => ({ value: r, label: t(`risk.${r}`) }));
export const idTypeOptions = (t: TFunction) => ID_TYPES.map((v) => ({ value: v, label: t(`idType.${v}`) }));
export const genderOptions = (t: TFunction) => GENDERS.map((g) => ({ value: g, label: t(`clients.gender.${g}`) }));
export const relationOptions = (t: TFunction) => HOUSEHOLD_RELATIONS.map((r) => ({ value: r, label: t(`relation.${r}`) }));
export const purposeOptions = (t: TFunction) => CONSENT_PURPOSES.map((p) => ({ value: p, label: t(`consent.purpose.${p}`) }));
export const giverOptions = (t: TFunction) => CONSENT_GIVERS.map((g) => ({ value: g, label: t(`consent.givenBy.${g}`) }));

/** A label of a server enum that may hold a value this build does not know: shown as is. */
export function labelOr(t: TFunction, key: string, raw: string): string {
  const text = t(key as Parameters<TFunction>[0]);
  return text === key ? raw : text;
}

export function RiskTag({ level }: { level: RiskLevel }) {
  const t = useT();
  return (
    <Tag color={RISK_COLORS[level]} data-testid={`risk-${level}`} style={{ marginInlineEnd: 0 }}>
      {t(`risk.${level}`)}
    </Tag>
  );
}

export function CategoryTags({ items, max }: { items: { code: string; name: string }[]; max?: number }) {
  const shown = max ? items.slice(0, max) : items;
  return (
    <Flex gap={4} wrap>
      {shown.map((c) => (
        <Tag key={c.code} color="geekblue" style={{ marginInlineEnd: 0 }} data-testid="category-tag">
          {c.name}
        </Tag>
      ))}
      {max && items.length > max ? <Tag style={{ marginInlineEnd: 0 }}>+{items.length - max}</Tag> : null}
    </Flex>
  );
}

/** The configurable category list in the UI language, active ones only. */
export function useCategoryOptions() {
  const [locale] = useLocale();
  const list = useClientCategories();
  return useMemo(
    () =>
      (list.data ?? [])
        .filter((c) => c.isActive)
        .sort((a, b) => a.sortOrder - b.sortOrder)
        .map((c) => ({ value: c.code, label: locale === 'en-US' ? c.nameEn : c.nameZh })),
    [list.data, locale],
  );
}

/** "女 · 10 岁" from what the server gives. */
export function personLine(t: TFunction, gender: string | null, age: number | null): string {
  const parts = [gender ? t(`clients.gender.${gender as 'male'}`) : null, age === null ? null : t('clients.age', { age })];
  return parts.filter(Boolean).join(' · ');
}
