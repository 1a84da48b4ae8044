import type { Project } from '@shegong/contracts';
import { Flex, Progress, Table, Tag, Typography } from 'antd';
import { useLocale, useT } from '../../app/i18n/i18n-context.tsx';
import { money } from '../organisations/filing-labels.tsx';
import { PersonnelPanel } from './personnel-panel.tsx';
import { pct } from './project-labels.tsx';

type Line = Project['budget']['lines'][number];
const CATEGORY_COLORS: Record<string, string> = {
  personnel: 'blue',
  activities: 'green',
  supervision: 'purple',
  administration: 'orange',
  other: 'default',
};

/** 预算执行: each line's amount, spending and execution rate, and the personnel rule before and after. */
export function BudgetTab({ project: p }: { project: Project }) {
  const t = useT();
  const [locale] = useLocale();
  const lines = [...p.budget.lines].sort((a, b) => Number(b.category === 'personnel') - Number(a.category === 'personnel'));
  const rate = (r: number | null) => <Progress percent={Math.round((r ?? 0) * 1000) / 10} size="small" strokeColor="#13c2c2" />;
  return (
    <Flex vertical gap={16}>
      <PersonnelPanel project={p} />
      <Table<Line>
        rowKey="id"
        size="middle"
        dataSource={lines}
        pagination={false}
        scroll={{ x: 720 }}
        locale={{ emptyText: t('projects.noLines') }}
        data-testid="budget-table"
        columns={[
          {
            title: t('projects.lineCategory'),
            dataIndex: 'category',
            width: 130,
            render: (c: string) => <Tag color={CATEGORY_COLORS[c]}>{t(`budget.${c as 'personnel'}`)}</Tag>,
          },
          { title: t('projects.lineName'), dataIndex: 'name', ellipsis: true },
          { title: t('projects.budgeted'), dataIndex: 'amount', width: 150, align: 'right', render: (v: number) => money(v, locale) },
          { title: t('projects.spent'), dataIndex: 'spent', width: 150, align: 'right', render: (v: number) => money(v, locale) },
          { title: t('projects.executionRate'), dataIndex: 'executionRate', width: 200, render: rate },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={2}>
              <Typography.Text strong>{t('projects.linesTotal')}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              <Typography.Text strong>{money(p.budget.total, locale)}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">
              <Typography.Text strong>{money(p.budget.spent, locale)}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4}>
              {rate(p.budget.executionRate)}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('projects.elapsedMarker', { elapsed: pct(p.elapsed, 0) })}
              </Typography.Text>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
    </Flex>
  );
}
