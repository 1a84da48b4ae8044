import { EDUCATION_LEVELS, type EducationSummary, type RegistrationSummary, WORKER_LEVELS, type WorkerLevel } from '@shegong/contracts';
import { EDUCATION_STATES, type EducationState, REGISTRATION_STATUSES, type RegistrationStatus } from '@shegong/core';
import { Flex, Progress, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { type TFunction, useT } from '../../app/i18n/i18n-context.tsx';

const LEVEL_COLORS: Record<WorkerLevel, string> = { none: 'default', assistant: 'cyan', intermediate: 'blue', senior: 'purple' };
export const REGISTRATION_COLORS: Record<RegistrationStatus, string> = {
  pending: 'processing',
  first_approved: 'cyan',
  first_rejected: 'error',
  final_approved: 'geekblue',
  final_rejected: 'error',
  issued: 'success',
};
const EDUCATION_COLORS: Record<EducationState, string> = { met: '#52c41a', on_track: '#1677ff', at_risk: '#fa8c16', lapsed: '#ff4d4f' };

export const levelOptions = (t: TFunction) => WORKER_LEVELS.map((l) => ({ value: l, label: t(`qualificationLevel.${l}`) }));
export const educationOptions = (t: TFunction) => EDUCATION_LEVELS.map((e) => ({ value: e, label: t(`education.${e}`) }));
export const registrationStatusOptions = (t: TFunction) =>
  [...REGISTRATION_STATUSES, 'none' as const].map((s) => ({ value: s, label: t(`registrationStatus.${s}`) }));
export const educationStateOptions = (t: TFunction) => EDUCATION_STATES.map((s) => ({ value: s, label: t(`educationState.${s}`) }));

export function LevelTag({ level }: { level: WorkerLevel }) {
  const t = useT();
  return (
    <Tag color={LEVEL_COLORS[level]} variant={level === 'none' ? 'outlined' : undefined} data-testid="level-tag">
      {t(`qualificationLevel.${level}`)}
    </Tag>
  );
}

export function RegistrationStatusTag({ status }: { status: RegistrationStatus | null }) {
  const t = useT();
  if (!status) return <Tag>{t('registrationStatus.none')}</Tag>;
  return (
    <Tag color={REGISTRATION_COLORS[status]} data-testid="registration-status">
      {t(`registrationStatus.${status}`)}
    </Tag>
  );
}

/** The latest application's status and the certificate in force (its validity, red once lapsed). */
export function RegistrationCell({ registration: r }: { registration: RegistrationSummary }) {
  const t = useT();
  const soon = r.validUntil && r.isValid && dayjs(r.validUntil).diff(dayjs(), 'month') < 3;
  return (
    <Flex vertical gap={2} align="flex-start">
      <RegistrationStatusTag status={r.status} />
      {r.validUntil ? (
        <Typography.Text type={!r.isValid ? 'danger' : soon ? 'warning' : 'secondary'} style={{ fontSize: 12 }}>
          {t(r.isValid ? 'workers.validUntil' : 'workers.expiredOn', { date: r.validUntil })}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

/** Continuing-education hours against the requirement; at risk and lapsed stand out. */
export function EducationProgress({ summary: s, compact }: { summary: EducationSummary; compact?: boolean }) {
  const t = useT();
  if (s.required === null || s.state === null) return <Typography.Text type="secondary">{t('workers.noRequirement')}</Typography.Text>;
  const color = EDUCATION_COLORS[s.state];
  const percent = Math.min(100, Math.round((s.hours / s.required) * 100));
  return (
    <Tooltip title={`${t(`educationState.${s.state}`)} · ${s.periodFrom} ~ ${s.periodTo}`}>
      <div style={{ minWidth: compact ? 120 : 200 }} data-testid={`education-${s.state}`}>
        <Flex justify="space-between" style={{ fontSize: 12 }}>
          <Typography.Text strong={s.state === 'at_risk' || s.state === 'lapsed'} style={{ color, fontSize: 12 }}>
            {t(`educationState.${s.state}`)}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {s.hours} / {s.required} h
          </Typography.Text>
        </Flex>
        <Progress percent={percent} showInfo={false} size="small" strokeColor={color} style={{ margin: 0 }} />
      </div>
    </Tooltip>
  );
}
