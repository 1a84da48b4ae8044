import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import type { Training } from '@shegong/contracts';
import { TrainingListQuery } from '@shegong/contracts';
import { App, Button, Card, Col, Input, Row, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useApiError } from '../../app/api/use-api-error.ts';
import { useCan } from '../../app/auth/me-context.tsx';
import { ErrorResult } from '../../app/components/error-result.tsx';
import { PageHeader } from '../../app/components/page-header.tsx';
import { serverPagination, useListParams } from '../../app/components/use-list-params.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { EnrolModal } from './enrol-modal.tsx';
import { RosterDrawer } from './roster-drawer.tsx';
import { TrainingDrawer } from './training-drawer.tsx';
import { kindOptions } from './training-labels.tsx';
import { TrainingTable } from './training-table.tsx';
import { useDeleteTraining, useTrainings } from './trainings-api.ts';

/** 培训: the bureau's programmes; organisations enrol their own workers, the bureau marks attendance. */
export function TrainingsPage() {
  const t = useT();
  const can = useCan();
  const { message } = App.useApp();
  const showError = useApiError();
  const { params, setFilters, setPage, reset } = useListParams(TrainingListQuery);
  const list = useTrainings(params);
  const remove = useDeleteTraining();
  const [keyword, setKeyword] = useState(params.q ?? '');
  const [editing, setEditing] = useState<{ training: Training | null } | null>(null);
  const [enrolling, setEnrolling] = useState<Training | null>(null);
  const [roster, setRoster] = useState<Training | null>(null);
  useEffect(() => setKeyword(params.q ?? ''), [params.q]);

  const onDelete = (training: Training) =>
    remove.mutate(training, {
      onSuccess: () => message.success(t('common.deleted', { name: training.title })),
      onError: (e) => showError(e),
    });

  return (
    <>
      <PageHeader
        title={t('menu.trainings')}
        subtitle={t('trainings.subtitle')}
        extra={
          can('training.manage') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ training: null })} data-testid="training-create">
              {t('trainings.create')}
            </Button>
          ) : null
        }
      />
      <Card>
        <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
          <Col xs={24} sm={12} lg={8}>
            <Input.Search
              allowClear
              placeholder={t('trainings.searchPlaceholder')}
              value={keyword}
              onChange={(e) => setKeyword(e.target.value)}
              onSearch={(q) => setFilters({ q: q.trim() })}
            />
          </Col>
          <Col xs={12} sm={6} lg={5}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('common.kind')}
              options={kindOptions(t)}
              value={params.kind}
              onChange={(kind?: string) => setFilters({ kind })}
            />
          </Col>
          <Col xs={12} sm={6} lg={5}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('common.status')}
              options={[{ value: 'true', label: t('trainings.openOnly') }]}
              value={params.open}
              onChange={(open?: string) => setFilters({ open })}
            />
          </Col>
          <Col xs={24} sm={12} lg={3}>
            <Button icon={<ReloadOutlined />} onClick={reset} block>
              {t('common.reset')}
            </Button>
          </Col>
        </Row>
        {list.isError ? (
          <ErrorResult error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <TrainingTable
            items={list.data?.items ?? []}
            loading={list.isFetching}
            pagination={serverPagination(params, list.data?.total, setPage, (total) => t('common.total', { total }))}
            onEdit={(training) => setEditing({ training })}
            onDelete={onDelete}
            onEnrol={setEnrolling}
            onRoster={setRoster}
          />
        )}
      </Card>
      <TrainingDrawer open={Boolean(editing)} training={editing?.training ?? null} onClose={() => setEditing(null)} />
      <EnrolModal training={enrolling} onClose={() => setEnrolling(null)} />
      <RosterDrawer training={roster} onClose={() => setRoster(null)} />
    </>
  );
}
