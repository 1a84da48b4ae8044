import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { GroupListQuery } from '@shegong/contracts';
import { Button, Card, Col, Input, Row, Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useCan, useMe } from '../../app/auth/me-context.tsx';
import { ErrorResult } from '../../app/components/error-result.tsx';
import { PageHeader } from '../../app/components/page-header.tsx';
import { StationPick } from '../../app/components/station-pick.tsx';
import { serverPagination, useListParams } from '../../app/components/use-list-params.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useCategoryOptions } from '../clients/client-labels.tsx';
import { GroupDrawer } from './group-drawer.tsx';
import { phaseOptions } from './group-labels.tsx';
import { GroupTable } from './group-table.tsx';
import { useGroups } from './groups-api.ts';

/** 小组: group work from preparing to ending, with sessions and attendance. */
export function GroupsPage() {
  const t = useT();
  const can = useCan();
  const me = useMe();
  const { params, setFilters, setPage, reset } = useListParams(GroupListQuery);
  const list = useGroups(params);
  const categories = useCategoryOptions();
  const names = useMemo(() => new Map(categories.map((c) => [c.value, c.label])), [categories]);
  const [open, setOpen] = useState(false);
  const [keyword, setKeyword] = useState(params.q ?? '');
  useEffect(() => setKeyword(params.q ?? ''), [params.q]);
  return (
    <>
      <PageHeader
        title={t('menu.groups')}
        subtitle={t('groups.subtitle')}
        extra={
          can('group.manage') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="group-create">
              {t('groups.create')}
            </Button>
          ) : null
        }
      />
      <Card>
        <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
          <Col xs={24} md={10} xl={8}>
            <Input.Search
              allowClear
              placeholder={t('groups.searchPlaceholder')}
              value={keyword}
              onChange={(e) => setKeyword(e.target.value)}
              onSearch={(q) => setFilters({ q: q.trim() || undefined })}
            />
          </Col>
          <Col xs={12} md={6} xl={6}>
            <StationPick
              value={params.stationId}
              onChange={(stationId) => setFilters({ stationId })}
              anyOrganisation={!me.scope.organisationId}
              placeholder={t('label.stationId')}
            />
          </Col>
          <Col xs={12} md={4} xl={4}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('label.phase')}
              options={phaseOptions(t)}
              value={params.phase}
              onChange={(phase?: string) => setFilters({ phase })}
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
          <GroupTable
            items={list.data?.items ?? []}
            loading={list.isFetching}
            pagination={serverPagination(params, list.data?.total, setPage, (total) => t('common.total', { total }))}
            categoryName={(code) => names.get(code) ?? code}
          />
        )}
      </Card>
      <GroupDrawer open={open} group={null} onClose={() => setOpen(false)} />
    </>
  );
}
