import type { Project } from '@shegong/contracts';
import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useLocale, useT } from '../../app/i18n/i18n-context.tsx';
import { MarkerBar } from './marker-bar.tsx';
import { PACE_HEX, type Pace, pct, shortMoney } from './project-labels.tsx';

function Kpi({ title, value, note, bar, testId }: { title: string; value: string; note: ReactNode; bar: ReactNode; testId: string }) {
  return (
    <Card size="small" data-testid={testId} style={{ height: '100%' }}>
      <Statistic title={title} value={value} />
      <div style={{ margin: '8px 0 6px' }}>{bar}</div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {note}
      </Typography.Text>
    </Card>
  );
}

/** Four headline figures of a project: time gone, delivery, spending and the personnel share. */
export function ProjectKpis({ project: p }: { project: Project }) {
  const t = useT();
  const [locale] = useLocale();
  const behind = p.targets.filter((x) => x.pace === 'behind').length;
  const delivery = p.targets.length ? Math.min(...p.targets.map((x) => x.progress)) : 0;
  const actual = p.budget.personnelActual;
  const elapsedLabel = t('projects.elapsedMarker', { elapsed: pct(p.elapsed, 0) });
  return (
    <Row gutter={[16, 16]}>
      <Col xs={12} lg={6}>
        <Kpi
          testId="kpi-elapsed"
          title={t('projects.elapsed')}
          value={pct(p.elapsed, 0)}
          bar={<MarkerBar value={p.elapsed} marker={p.elapsed} color="#8c8c8c" markerLabel={elapsedLabel} />}
          note={`${p.startsOn} ~ ${p.endsOn}`}
        />
      </Col>
      <Col xs={12} lg={6}>
        <Kpi
          testId="kpi-delivery"
          title={t('projects.lowestTarget')}
          value={pct(delivery, 0)}
          bar={<MarkerBar value={delivery} marker={p.elapsed} color={PACE_HEX[p.pace as Pace]} markerLabel={elapsedLabel} />}
          note={behind ? t('projects.targetsBehind', { count: behind }) : t('projects.allOnPace')}
        />
      </Col>
      <Col xs={12} lg={6}>
        <Kpi
          testId="kpi-spent"
          title={t('projects.executionRate')}
          value={pct(p.budget.executionRate, 0)}
          bar={<MarkerBar value={p.budget.executionRate ?? 0} marker={p.elapsed} color="#13c2c2" markerLabel={elapsedLabel} />}
          note={t('projects.spentOf', { spent: shortMoney(p.budget.spent, locale), total: shortMoney(p.budget.total, locale) })}
        />
      </Col>
      <Col xs={12} lg={6}>
        <Kpi
          testId="kpi-personnel"
          title={t('projects.personnelActual')}
          value={pct(actual.share)}
          bar={
            <MarkerBar
              value={actual.share ?? 0}
              marker={actual.minimum}
              color={actual.isBelow ? '#ff4d4f' : '#52c41a'}
              markerLabel={t('projects.personnelRule', { minimum: pct(actual.minimum, 0) })}
            />
          }
          note={
            <Typography.Text type={actual.isBelow ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
              {actual.share === null
                ? t('projects.personnelNone')
                : t(actual.isBelow ? 'projects.personnelBelowShort' : 'projects.personnelOkShort', { minimum: pct(actual.minimum, 0) })}
            </Typography.Text>
          }
        />
      </Col>
    </Row>
  );
}
