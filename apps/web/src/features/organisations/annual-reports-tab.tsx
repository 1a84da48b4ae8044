import { PlusOutlined } from '@ant-design/icons';
import { type AnnualReport, AnnualReportCreate, type Organisation } from '@shegong/contracts';
import { Button, Flex, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { FormModal } from '../../app/components/form-modal.tsx';
import { useLocale, useT } from '../../app/i18n/i18n-context.tsx';
import { AnnualReportFields } from './annual-report-fields.tsx';
import { money } from './filing-labels.tsx';
import { ReportReviewModal } from './report-review-modal.tsx';
import { useAddSupervision, useSupervision } from './supervision-api.ts';

const STATUS_COLORS: Record<AnnualReport['status'], string> = { submitted: 'processing', accepted: 'success', returned: 'warning' };

/** 年报: the organisation files one per year; the district bureau accepts or returns it. */
export function AnnualReportsTab({ organisation: o }: { organisation: Organisation }) {
  const t = useT();
  const [locale] = useLocale();
  const reports = useSupervision(o.id, 'annual-reports');
  const add = useAddSupervision(o.id, 'annual-reports');
  const [adding, setAdding] = useState(false);
  const [reviewing, setReviewing] = useState<AnnualReport | null>(null);
  const canReview = o.allowedActions.includes('review');

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">{t('report.hint')}</Typography.Text>
        {o.allowedActions.includes('report') ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="report-create">
            {t('report.create')}
          </Button>
        ) : null}
      </Flex>
      <Table<AnnualReport>
        rowKey="id"
        size="middle"
        loading={reports.isFetching}
        dataSource={reports.data ?? []}
        pagination={false}
        scroll={{ x: 900 }}
        expandable={{
          expandedRowRender: (r) => <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{r.summary}</Typography.Paragraph>,
        }}
        data-testid="report-table"
        columns={[
          { title: t('label.year'), dataIndex: 'year', width: 80 },
          { title: t('label.income'), dataIndex: 'income', width: 140, align: 'right', render: (v: number) => money(v, locale) },
          { title: t('label.expenditure'), dataIndex: 'expenditure', width: 140, align: 'right', render: (v: number) => money(v, locale) },
          { title: t('label.staffTotal'), dataIndex: 'staffTotal', width: 100, align: 'right' },
          { title: t('label.socialWorkerTotal'), dataIndex: 'socialWorkerTotal', width: 120, align: 'right' },
          {
            title: t('common.status'),
            dataIndex: 'status',
            width: 100,
            render: (s: AnnualReport['status']) => <Tag color={STATUS_COLORS[s]}>{t(`report.${s}`)}</Tag>,
          },
          { title: t('label.comment'), dataIndex: 'reviewComment', ellipsis: true, render: (v: string | null) => v || '—' },
          { title: t('report.submittedAt'), dataIndex: 'submittedAt', width: 110, render: (v: string) => dayjs(v).format('YYYY-MM-DD') },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 90,
            render: (_, r) =>
              canReview && r.status === 'submitted' ? (
                <Space>
                  <Button type="link" size="small" onClick={() => setReviewing(r)} data-testid="report-review">
                    {t('organisation.review')}
                  </Button>
                </Space>
              ) : null,
          },
        ]}
      />
      <FormModal<Record<string, unknown>, AnnualReportCreate>
        open={adding}
        title={t('report.create')}
        onClose={() => setAdding(false)}
        schema={AnnualReportCreate}
        toBody={(v) => ({ ...v, summary: typeof v.summary === 'string' ? v.summary.trim() : v.summary })}
        send={(body) => add.mutateAsync(body)}
        successText={t('report.created')}
        initialValues={{
          year: dayjs().year() - 1,
          staffTotal: o.staffTotal ?? undefined,
          socialWorkerTotal: o.socialWorkerTotal ?? undefined,
        }}
        width={640}
        testId="report-modal"
      >
        <AnnualReportFields />
      </FormModal>
      <ReportReviewModal organisationId={o.id} report={reviewing} onClose={() => setReviewing(null)} />
    </Flex>
  );
}
