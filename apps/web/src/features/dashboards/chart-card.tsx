import { Card, Empty, Flex } from 'antd';
import type { ReactNode } from 'react';
import { ExportButton } from '../../app/components/export-button.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import type { DashboardChart, DashboardParams } from './dashboards-api.ts';

type Props = {
  title: ReactNode;
  /** The chart's export sheet (导出 Excel), with the same filters as on screen. */
  chart?: DashboardChart;
  params: DashboardParams;
  fileName: string;
  empty?: boolean;
  height?: number;
  testId: string;
  children: ReactNode;
};

/** A chart in a card with its Excel export, or an empty state of the same height. */
export function ChartCard({ title, chart, params, fileName, empty, height = 300, testId, children }: Props) {
  const t = useT();
  return (
    <Card
      size="small"
      title={title}
      style={{ height: '100%' }}
      data-testid={testId}
      extra={
        chart ? (
          <ExportButton path="/api/dashboards/export" query={{ ...params, chart }} fileName={fileName} data-testid={`${testId}-export`} />
        ) : null
      }
    >
      {empty ? (
        <Flex align="center" justify="center" style={{ height }}>
          <Empty description={t('common.noData')} />
        </Flex>
      ) : (
        children
      )}
    </Card>
  );
}
