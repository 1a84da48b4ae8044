import type { Project } from '@shegong/contracts';
import { Alert, Card, Flex, Typography } from 'antd';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { MarkerBar } from './marker-bar.tsx';
import { PersonnelTag, pct } from './project-labels.tsx';

type Check = Project['budget']['personnelActual'];

function ShareRow({ label, check, testId }: { label: string; check: Check; testId: string }) {
  const t = useT();
  return (
    <Flex align="center" gap={12} data-testid={testId}>
      <Typography.Text style={{ width: 96, flexShrink: 0 }}>{label}</Typography.Text>
      <div style={{ flex: 1 }}>
        <MarkerBar
          value={check.share ?? 0}
          marker={check.minimum}
          color={check.isBelow ? '#ff4d4f' : '#52c41a'}
          markerLabel={t('projects.personnelRule', { minimum: pct(check.minimum, 0) })}
          height={14}
        />
      </div>
      <div style={{ width: 84, flexShrink: 0 }}>
        <PersonnelTag check={check} testId={`${testId}-tag`} />
      </div>
    </Flex>
  );
}

/** The personnel rule (≥ 65 %, a setting) on the plan (before the fact) and on actual spending (after). */
export function PersonnelPanel({ project: p }: { project: Project }) {
  const t = useT();
  const { personnelPlanned: planned, personnelActual: actual } = p.budget;
  const minimum = pct(actual.minimum, 0);
  return (
    <Card size="small" title={t('projects.personnelTitle', { minimum })} data-testid="personnel-panel">
      <Flex vertical gap={12}>
        <ShareRow label={t('projects.plannedShort')} check={planned} testId="personnel-planned" />
        <ShareRow label={t('projects.actualShort')} check={actual} testId="personnel-actual" />
        {planned.isBelow ? (
          <Alert
            type="warning"
            showIcon
            title={t('projects.personnelPlanBelow', { share: pct(planned.share), minimum })}
            data-testid="personnel-plan-warning"
          />
        ) : null}
        {actual.isBelow ? (
          <Alert
            type="error"
            showIcon
            title={t('projects.personnelActualBelow', { share: pct(actual.share), minimum })}
            description={t('projects.personnelActualAdvice')}
            data-testid="personnel-actual-warning"
          />
        ) : null}
        {!planned.isBelow && !actual.isBelow ? <Alert type="success" showIcon title={t('projects.personnelOk', { minimum })} /> : null}
      </Flex>
    </Card>
  );
}
