import { PaperClipOutlined, PlusOutlined } from '@ant-design/icons';
import type { Project } from '@shegong/contracts';
import { Button, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ErrorResult } from '../../app/components/error-result.tsx';
import { useLocale, useT } from '../../app/i18n/i18n-context.tsx';
import { money } from '../organisations/filing-labels.tsx';
import { ExpenditureModal } from './expenditure-modal.tsx';
import { type ExpenditureRow, useExpenditures } from './projects-api.ts';

/** 支出明细: every payment against the budget lines, newest first; the provider records them with evidence. */
export function ExpendituresTab({ project: p }: { project: Project }) {
  const t = useT();
  const [locale] = useLocale();
  const list = useExpenditures(p.id);
  const [open, setOpen] = useState(false);
  const lineName = new Map(p.budget.lines.map((l) => [l.id, l.name]));
  const rows = [...(list.data ?? [])].sort((a, b) => b.spentOn.localeCompare(a.spentOn));
  const canSpend = p.allowedActions.includes('spend');

  if (list.isError) return <ErrorResult error={list.error} onRetry={() => list.refetch()} />;
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">
          {t('projects.expenditureSummary', { count: rows.length, total: money(p.budget.spent, locale) })}
        </Typography.Text>
        {canSpend ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="expenditure-create">
            {t('projects.recordExpenditure')}
          </Button>
        ) : null}
      </Flex>
      <Table<ExpenditureRow>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 760 }}
        locale={{ emptyText: t('projects.noExpenditures') }}
        data-testid="expenditure-table"
        columns={[
          { title: t('label.spentOn'), dataIndex: 'spentOn', width: 120 },
          {
            title: t('label.budgetLineId'),
            key: 'line',
            width: 240,
            render: (_, e) => (
              <span>
                <Tag>{t(`budget.${e.category}`)}</Tag>
                {lineName.get(e.budgetLineId) ?? ''}
              </span>
            ),
          },
          { title: t('label.description'), dataIndex: 'description', ellipsis: true },
          { title: t('label.amount'), dataIndex: 'amount', width: 140, align: 'right', render: (v: number) => money(v, locale) },
          {
            title: t('label.evidenceFileId'),
            dataIndex: 'evidenceFileId',
            width: 100,
            render: (id: string | null) =>
              id ? (
                <a href={`/api/files/${id}`} data-testid="evidence-link">
                  <PaperClipOutlined /> {t('common.download')}
                </a>
              ) : (
                <Typography.Text type="secondary">—</Typography.Text>
              ),
          },
        ]}
      />
      {canSpend ? <ExpenditureModal project={p} open={open} onClose={() => setOpen(false)} /> : null}
    </Flex>
  );
}
