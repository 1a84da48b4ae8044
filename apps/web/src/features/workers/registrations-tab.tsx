import { PlusOutlined } from '@ant-design/icons';
import { type Registration, RegistrationApply, type Worker } from '@shegong/contracts';
import type { RegistrationKind } from '@shegong/core';
import { App, Button, Descriptions, Flex, Form, Popconfirm, Radio, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useApiError } from '../../app/api/use-api-error.ts';
import { FormModal } from '../../app/components/form-modal.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { RegistrationReviewModal } from './registration-review-modal.tsx';
import { RegistrationStatusTag } from './worker-labels.tsx';
import { type ReviewStep, useApplyRegistration, useIssueRegistration, useRegistrations } from './worker-records-api.ts';

const when = (at: string | null) => (at ? dayjs(at).format('YYYY-MM-DD') : '');

/** 登记: the certificate in force, every application with its two reviews, and the next step the caller may take. */
export function RegistrationsTab({ worker: w }: { worker: Worker }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const list = useRegistrations({ workerId: w.id, pageSize: 50 });
  const apply = useApplyRegistration(w.id);
  const issue = useIssueRegistration();
  const [applying, setApplying] = useState(false);
  const [reviewing, setReviewing] = useState<{ registration: Registration; step: ReviewStep } | null>(null);
  const r = w.registration;
  const suggested: RegistrationKind = r.isValid ? 'renewal' : 'initial';

  const review = (x: Registration) => {
    if (x.allowedActions.includes('review_first'))
      return (
        <Button
          type="link"
          size="small"
          onClick={() => setReviewing({ registration: x, step: 'first' })}
          data-testid="registration-review-first"
        >
          {t('registrations.reviewFirst')}
        </Button>
      );
    if (x.allowedActions.includes('review_final'))
      return (
        <Button
          type="link"
          size="small"
          onClick={() => setReviewing({ registration: x, step: 'final' })}
          data-testid="registration-review-final"
        >
          {t('registrations.reviewFinal')}
        </Button>
      );
    if (x.allowedActions.includes('issue'))
      return (
        <Popconfirm
          title={t('registrations.issueConfirm', { name: x.workerName })}
          onConfirm={() => issue.mutate(x, { onSuccess: () => message.success(t('registrations.issued')), onError: (e) => showError(e) })}
        >
          <Button type="link" size="small" loading={issue.isPending} data-testid="registration-issue">
            {t('registrations.issue')}
          </Button>
        </Popconfirm>
      );
    return null;
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-start" wrap gap={12}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          style={{ flex: 1, minWidth: 280 }}
          items={[
            { key: 'no', label: t('registrations.number'), children: r.registrationNo ?? '—' },
            { key: 'valid', label: t('registrations.validity'), children: r.validFrom ? `${r.validFrom} ~ ${r.validUntil}` : '—' },
            {
              key: 'state',
              label: t('common.status'),
              children: (
                <Typography.Text type={r.isValid ? 'success' : 'secondary'}>
                  {t(r.isValid ? 'registrations.inForce' : 'registrations.notInForce')}
                </Typography.Text>
              ),
            },
          ]}
        />
        {w.allowedActions.includes('apply') ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setApplying(true)} data-testid="registration-apply">
            {t('registrations.apply')}
          </Button>
        ) : null}
      </Flex>
      <Table<Registration>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        pagination={false}
        scroll={{ x: 980 }}
        data-testid="registration-table"
        columns={[
          { title: t('common.kind'), dataIndex: 'kind', width: 100, render: (k: Registration['kind']) => t(`registration.kind.${k}`) },
          {
            title: t('common.status'),
            dataIndex: 'status',
            width: 110,
            render: (s: Registration['status']) => <RegistrationStatusTag status={s} />,
          },
          { title: t('registrations.appliedOn'), dataIndex: 'appliedOn', width: 110 },
          {
            title: t('registrations.first'),
            key: 'first',
            render: (_, x) => (
              <Space orientation="vertical" size={0}>
                <span>{when(x.firstReviewedAt)}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {x.firstComment}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: t('registrations.final'),
            key: 'final',
            render: (_, x) => (
              <Space orientation="vertical" size={0}>
                <span>{when(x.finalReviewedAt)}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {x.finalComment}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: t('registrations.number'),
            dataIndex: 'registrationNo',
            width: 170,
            render: (v: string | null, x) =>
              v ? (
                <span>
                  <code>{v}</code>
                  <br />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {x.validFrom} ~ {x.validUntil}
                  </Typography.Text>
                </span>
              ) : (
                '—'
              ),
          },
          { title: t('common.actions'), key: 'actions', width: 90, fixed: 'right', render: (_, x) => review(x) },
        ]}
      />
      <FormModal<{ kind: RegistrationKind }, RegistrationApply>
        open={applying}
        title={t('registrations.apply')}
        onClose={() => setApplying(false)}
        schema={RegistrationApply}
        toBody={(v) => v}
        send={(body) => apply.mutateAsync(body)}
        successText={t('registrations.applied')}
        initialValues={{ kind: suggested }}
        testId="registration-apply-modal"
      >
        <Typography.Paragraph type="secondary">{t('registrations.applyHint')}</Typography.Paragraph>
        <Form.Item name="kind" label={t('common.kind')}>
          <Radio.Group options={(['initial', 'renewal'] as const).map((k) => ({ value: k, label: t(`registration.kind.${k}`) }))} />
        </Form.Item>
      </FormModal>
      <RegistrationReviewModal target={reviewing} onClose={() => setReviewing(null)} />
    </Flex>
  );
}
