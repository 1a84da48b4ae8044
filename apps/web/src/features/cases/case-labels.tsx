import {
  CASE_APPROVALS,
  CASE_CLOSURE_REASONS,
  CASE_MODES,
  CASE_RISK_LEVELS,
  CASE_SOURCES,
  CASE_STAGES,
  type CaseApproval,
  type CaseStage,
} from '@shegong/core';
import { Tag } from 'antd';
import type { TFunction } from '../../app/i18n/i18n-context.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';

export const STAGE_COLORS: Record<CaseStage, string> = {
  intake: 'default',
  assessment: 'cyan',
  plan: 'blue',
  intervention: 'geekblue',
  evaluation: 'purple',
  closed: 'green',
  declined: 'default',
};
const APPROVAL_COLORS: Record<CaseApproval, string> = { none: 'default', pending: 'gold', approved: 'green', returned: 'red' };
const RISK_COLORS = { low: 'green', medium: 'orange', high: 'red' } as const;

/** The six stages shown in order on the Steps bar (MZ/T 094-2017); 不接案 ends at intake. */
export const FLOW_STAGES = ['intake', 'assessment', 'plan', 'intervention', 'evaluation', 'closed'] as const;

export const stageOptions = (t: TFunction) => CASE_STAGES.map((s) => ({ value: s, label: t(`case.stage.${s}`) }));
export const approvalOptions = (t: TFunction) => CASE_APPROVALS.map((a) => ({ value: a, label: t(`case.approval.${a}`) }));
export const caseRiskOptions = (t: TFunction) => CASE_RISK_LEVELS.map((r) => ({ value: r, label: t(`case.riskLevel.${r}`) }));
export const sourceOptions = (t: TFunction) => CASE_SOURCES.map((s) => ({ value: s, label: t(`case.source.${s}`) }));
export const modeOptions = (t: TFunction) => CASE_MODES.map((m) => ({ value: m, label: t(`case.mode.${m}`) }));
export const closureOptions = (t: TFunction) => CASE_CLOSURE_REASONS.map((r) => ({ value: r, label: t(`case.closureReason.${r}`) }));

export function StageTag({ stage }: { stage: CaseStage }) {
  const t = useT();
  return (
    <Tag color={STAGE_COLORS[stage]} style={{ marginInlineEnd: 0 }} data-testid="case-stage">
      {t(`case.stage.${stage}`)}
    </Tag>
  );
}

export function ApprovalTag({ approval }: { approval: CaseApproval }) {
  const t = useT();
  if (approval === 'none') return null;
  return (
    <Tag color={APPROVAL_COLORS[approval]} style={{ marginInlineEnd: 0 }} data-testid="case-approval">
      {t(`case.approval.${approval}`)}
    </Tag>
  );
}

export function CaseRiskTag({ level }: { level: keyof typeof RISK_COLORS }) {
  const t = useT();
  return (
    <Tag color={RISK_COLORS[level]} style={{ marginInlineEnd: 0 }}>
      {t(`case.riskLevel.${level}`)}
    </Tag>
  );
}
