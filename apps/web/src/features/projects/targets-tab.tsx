import type { Project } from '@shegong/contracts';
import { Flex, Table, Typography } from 'antd';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { MarkerBar } from './marker-bar.tsx';
import { PACE_HEX, type Pace, PaceTag, pct } from './project-labels.tsx';
import { categoryName, useCategoryOptions } from './use-category-options.ts';

type Target = Project['targets'][number];

/** 指标进度: each target's delivery against the time gone by (the marker), with its pace. */
export function TargetsTab({ project: p }: { project: Project }) {
  const t = useT();
  const categories = useCategoryOptions();
  const elapsedLabel = t('projects.elapsedMarker', { elapsed: pct(p.elapsed, 0) });
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t('projects.targetsNote', { elapsed: pct(p.elapsed, 0) })}</Typography.Text>
      <Table<Target>
        rowKey="id"
        size="middle"
        dataSource={p.targets}
        pagination={false}
        rowClassName={(r) => (r.pace === 'behind' ? 'sg-row-below' : '')}
        locale={{ emptyText: t('projects.noTargets') }}
        data-testid="targets-table"
        scroll={{ x: 760 }}
        columns={[
          {
            title: t('projects.indicator'),
            key: 'indicator',
            width: 220,
            render: (_, r) => (
              <div>
                <Typography.Text strong>{t(`indicator.${r.indicator}`)}</Typography.Text>
                {r.categoryCode ? (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {categoryName(categories, r.categoryCode)}
                  </Typography.Text>
                ) : null}
              </div>
            ),
          },
          {
            title: t('projects.actualOfTarget'),
            key: 'numbers',
            width: 150,
            align: 'right',
            render: (_, r) => (
              <span style={{ fontVariantNumeric: 'tabular-nums' }}>
                <Typography.Text strong>{r.actual.toLocaleString()}</Typography.Text>
                <Typography.Text type="secondary"> / {r.target.toLocaleString()}</Typography.Text>
              </span>
            ),
          },
          {
            title: t('projects.progress'),
            key: 'bar',
            render: (_, r) => (
              <Flex align="center" gap={10}>
                <div style={{ flex: 1 }}>
                  <MarkerBar
                    value={r.progress}
                    marker={p.elapsed}
                    color={PACE_HEX[r.pace as Pace]}
                    markerLabel={elapsedLabel}
                    height={12}
                    testId="target-bar"
                  />
                </div>
                <span style={{ width: 52, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>{pct(r.progress, 0)}</span>
              </Flex>
            ),
          },
          { title: t('projects.pace'), key: 'pace', width: 100, render: (_, r) => <PaceTag pace={r.pace} /> },
        ]}
      />
    </Flex>
  );
}
