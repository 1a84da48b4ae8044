import { ArrowRightOutlined } from '@ant-design/icons';
import type { GroupDetail } from '@shegong/contracts';
import { GROUP_PHASES, groupPhaseProblem, nextGroupPhase } from '@shegong/core';
import { App, Button, Flex, Popconfirm, Steps, Tooltip } from 'antd';
import { useApiError } from '../../app/api/use-api-error.ts';
import { useIsMobile } from '../../app/components/use-is-mobile.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useGroupPhase } from './groups-api.ts';

const SHOWN = GROUP_PHASES.filter((p) => p !== 'closed');
const PROBLEM_KEYS = {
  skip: 'field.group_phase_skip',
  no_members: 'field.group_no_members',
  no_evaluation: 'field.group_no_evaluation',
} as const;

/** 筹备 → 形成 → 转折 → 成熟 → 结束, one phase at a time; closing needs the evaluation. */
export function GroupPhaseBar({ group: g }: { group: GroupDetail }) {
  const t = useT();
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const showError = useApiError();
  const change = useGroupPhase();
  const next = nextGroupPhase(g.phase);
  const activeMembers = g.members.filter((m) => !m.leftOn).length;
  const problem = next ? groupPhaseProblem(g.phase, next, { activeMembers, hasEvaluation: Boolean(g.evaluation) }) : null;
  const current = g.phase === 'closed' ? SHOWN.length : SHOWN.indexOf(g.phase);
  const advance = () =>
    next &&
    change.mutate(
      { id: g.id, phase: next, version: g.version },
      {
        onSuccess: () =>
          message.success(next === 'closed' ? t('groups.closedDone') : t('groups.phaseChanged', { phase: t(`group.phase.${next}`) })),
        onError: (e) => showError(e),
      },
    );
  return (
    <Flex vertical gap={12}>
      <Steps
        size="small"
        current={current}
        status={g.phase === 'closed' ? 'finish' : 'process'}
        responsive={false}
        titlePlacement={isMobile ? 'vertical' : 'horizontal'}
        items={SHOWN.map((p) => ({ title: t(`group.phase.${p}`) }))}
        data-testid="group-steps"
      />
      {next && g.allowedActions.includes('manage') ? (
        <div>
          <Tooltip title={problem ? t(PROBLEM_KEYS[problem]) : undefined}>
            <Popconfirm
              title={t('groups.advanceConfirm', { phase: t(`group.phase.${next}`) })}
              onConfirm={advance}
              disabled={Boolean(problem)}
            >
              <Button
                type="primary"
                icon={<ArrowRightOutlined />}
                disabled={Boolean(problem)}
                loading={change.isPending}
                data-testid="group-advance"
              >
                {next === 'closed' ? t('groups.close') : t('groups.advance', { phase: t(`group.phase.${next}`) })}
              </Button>
            </Popconfirm>
          </Tooltip>
        </div>
      ) : null}
    </Flex>
  );
}
