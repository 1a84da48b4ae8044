import { WarningOutlined } from '@ant-design/icons';
import type { Organisation } from '@shegong/contracts';
import { FILING_STATUSES, type FilingStatus, RATING_GRADES, type RatingGrade } from '@shegong/core';
import { Tag, Tooltip } from 'antd';
import type { TFunction } from '../../app/i18n/i18n-context.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';

export const FILING_COLORS: Record<FilingStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'warning',
  approved: 'success',
  rejected: 'error',
};

const GRADE_COLORS: Record<RatingGrade, string> = { '5A': '#cf1322', '4A': '#d4380d', '3A': '#d48806', '2A': '#1677ff', '1A': '#8c8c8c' };

export function filingStatusOptions(t: TFunction) {
  return FILING_STATUSES.map((status) => ({ value: status, label: t(`filing.${status}`) }));
}

export function gradeOptions() {
  return RATING_GRADES.map((grade) => ({ value: grade, label: grade }));
}

export function FilingStatusTag({ status }: { status: FilingStatus }) {
  const t = useT();
  return (
    <Tag color={FILING_COLORS[status]} data-testid="filing-status">
      {t(`filing.${status}`)}
    </Tag>
  );
}

/** 1A–5A as a solid badge; an expiring or lapsed rating carries a warning. */
export function GradeTag({ grade, rating }: { grade: RatingGrade; rating?: Organisation['rating'] }) {
  const t = useT();
  const lapsed = rating?.isExpired;
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Tag
        color={lapsed ? undefined : GRADE_COLORS[grade]}
        style={{ fontWeight: 600, marginInlineEnd: 4, textDecoration: lapsed ? 'line-through' : undefined }}
        data-testid="grade-tag"
      >
        {grade}
      </Tag>
      {rating && (rating.isExpiringSoon || rating.isExpired) ? (
        <Tooltip title={`${t(rating.isExpired ? 'common.expired' : 'common.expiringSoon')} · ${rating.validUntil}`}>
          <WarningOutlined style={{ color: rating.isExpired ? '#ff4d4f' : '#faad14' }} />
        </Tooltip>
      ) : null}
    </span>
  );
}

export function money(amount: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY', maximumFractionDigits: 2 }).format(amount);
}
