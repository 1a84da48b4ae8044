import { GROUP_PHASES, type GroupPhase } from '@shegong/core';
import { Tag } from 'antd';
import { type TFunction, useT } from '../../app/i18n/i18n-context.tsx';

const PHASE_COLORS: Record<GroupPhase, string> = {
  preparing: 'default',
  forming: 'cyan',
  transition: 'blue',
  mature: 'geekblue',
  ending: 'purple',
  closed: 'green',
};

export const phaseOptions = (t: TFunction) => GROUP_PHASES.map((p) => ({ value: p, label: t(`group.phase.${p}`) }));

export function PhaseTag({ phase }: { phase: GroupPhase }) {
  const t = useT();
  return (
    <Tag color={PHASE_COLORS[phase]} style={{ marginInlineEnd: 0 }} data-testid="group-phase">
      {t(`group.phase.${phase}`)}
    </Tag>
  );
}
