import { CheckCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { PROJECT_STATUSES, type ProjectStatus } from '@shegong/core';
import { Tag, Tooltip } from 'antd';
import type { TFunction } from '../../app/i18n/i18n-context.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';

export type Pace = 'ahead' | 'on_track' | 'behind' | 'not_started';
type ShareCheck = { share: number | null; minimum: number; isBelow: boolean };

const STATUS_COLORS: Record<ProjectStatus, string> = {
  draft: 'default',
  contracted: 'cyan',
  in_service: 'processing',
  mid_evaluated: 'geekblue',
  final_evaluated: 'purple',
  closed: 'success',
};
export const PACE_COLORS: Record<Pace, string> = { ahead: 'green', on_track: 'blue', behind: 'red', not_started: 'default' };
/** Solid colours of the same meaning, for bars and charts. */
export const PACE_HEX: Record<Pace, string> = { ahead: '#52c41a', on_track: '#1677ff', behind: '#ff4d4f', not_started: '#bfbfbf' };

export function projectStatusOptions(t: TFunction) {
  return PROJECT_STATUSES.map((status) => ({ value: status, label: t(`projectStatus.${status}`) }));
}

export function paceOptions(t: TFunction) {
  return (['behind', 'on_track', 'ahead', 'not_started'] as const).map((pace) => ({ value: pace, label: t(`pace.${pace}`) }));
}

export function ProjectStatusTag({ status }: { status: ProjectStatus }) {
  const t = useT();
  return (
    <Tag
      color={STATUS_COLORS[status]}
      title={t(`projectStatus.${status}`)}
      style={{ maxWidth: '100%', overflow: 'hidden', textOverflow: 'ellipsis', verticalAlign: 'middle' }}
      data-testid="project-status"
    >
      {t(`projectStatus.${status}`)}
    </Tag>
  );
}

export function PaceTag({ pace }: { pace: string }) {
  const t = useT();
  const known = (pace in PACE_COLORS ? pace : 'not_started') as Pace;
  return (
    <Tag color={PACE_COLORS[known]} data-testid={`pace-${known}`} style={{ fontWeight: known === 'behind' ? 600 : undefined }}>
      {t(`pace.${known}`)}
    </Tag>
  );
}

/** 0.657 → "65.7%"; null → "—". */
export function pct(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined ? '—' : `${(value * 100).toFixed(digits).replace(/\.0$/, '')}%`;
}

/** The personnel share against the minimum (65 %): red below it, green at or above, grey before any money. */
export function PersonnelTag({ check, testId = 'personnel-tag' }: { check: ShareCheck; testId?: string }) {
  const t = useT();
  if (check.share === null)
    return (
      <Tooltip title={t('projects.personnelNone')}>
        <Tag data-testid={testId}>—</Tag>
      </Tooltip>
    );
  return (
    <Tooltip title={t('projects.personnelRule', { minimum: pct(check.minimum, 0) })}>
      <Tag
        color={check.isBelow ? 'error' : 'success'}
        icon={check.isBelow ? <WarningOutlined /> : <CheckCircleOutlined />}
        data-testid={check.isBelow ? `${testId}-below` : testId}
      >
        {pct(check.share)}
      </Tag>
    </Tooltip>
  );
}

/** Contract amounts in short form: ¥240万 in Chinese, CN¥2.4M in English. */
export function shortMoney(amount: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'CNY',
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 2,
  }).format(amount);
}
