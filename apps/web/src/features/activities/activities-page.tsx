import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { ActivityListQuery } from '@shegong/contracts';
import { Button, Card, Col, DatePicker, Input, Row } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useCan, useMe } from '../../app/auth/me-context.tsx';
import { ErrorResult } from '../../app/components/error-result.tsx';
import { PageHeader } from '../../app/components/page-header.tsx';
import { StationPick } from '../../app/components/station-pick.tsx';
import { serverPagination, useListParams } from '../../app/components/use-list-params.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useActivities } from './activities-api.ts';
import { ActivityDrawer } from './activity-drawer.tsx';
import { ActivityTable } from './activity-table.tsx';

/** 社区活动: community activities with participants, volunteers and photos. */
export function ActivitiesPage() {
  const t = useT();
  const can = useCan();
  const me = useMe();
  const { params, setFilters, setPage, reset } = useListParams(ActivityListQuery);
  const list = useActivities(params);
  const [opened, setOpened] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [keyword, setKeyword] = useState(params.q ?? '');
  useEffect(() => setKeyword(params.q ?? ''), [params.q]);
  const openDrawer = (id: string | null) => {
    setOpened(id);
    setOpen(true);
  };
  return (
    <>
      <PageHeader
        title={t('menu.activities')}
        subtitle={t('activities.subtitle')}
        extra={
          can('activity.manage') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => openDrawer(null)} data-testid="activity-create">
              {t('activities.create')}
            </Button>
          ) : null
        }
      />
      <Card>
        <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
          <Col xs={24} md={8} xl={7}>
            <Input.Search
              allowClear
              placeholder={t('activities.searchPlaceholder')}
              value={keyword}
              onChange={(e) => setKeyword(e.target.value)}
              onSearch={(q) => setFilters({ q: q.trim() || undefined })}
            />
          </Col>
          <Col xs={24} md={8} xl={6}>
            <StationPick
              value={params.stationId}
              onChange={(stationId) => setFilters({ stationId })}
              anyOrganisation={!me.scope.organisationId}
              placeholder={t('label.stationId')}
            />
          </Col>
          <Col xs={24} md={8} xl={7}>
            <DatePicker.RangePicker
              style={{ width: '100%' }}
              value={[params.from ? dayjs(params.from) : null, params.to ? dayjs(params.to) : null]}
              onChange={(range) => setFilters({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
              allowEmpty={[true, true]}
            />
          </Col>
          <Col xs={24} md={4} xl={3}>
            <Button icon={<ReloadOutlined />} onClick={reset} block>
              {t('common.reset')}
            </Button>
          </Col>
        </Row>
        {list.isError ? (
          <ErrorResult error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <ActivityTable
            items={list.data?.items ?? []}
            loading={list.isFetching}
            pagination={serverPagination(params, list.data?.total, setPage, (total) => t('common.total', { total }))}
            onOpen={(a) => openDrawer(a.id)}
          />
        )}
      </Card>
      <ActivityDrawer open={open} activityId={opened} onClose={() => setOpen(false)} />
    </>
  );
}
