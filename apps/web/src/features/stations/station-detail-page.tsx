import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Badge, Button, Card, Flex, Skeleton, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { api } from '../../app/api/client.ts';
import { useCan } from '../../app/auth/me-context.tsx';
import { ErrorResult } from '../../app/components/error-result.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { StationCommunitiesTab } from '../staffing/station-communities-tab.tsx';
import { StationStaffingTab } from '../staffing/station-staffing-tab.tsx';
import { StationDrawer } from './station-drawer.tsx';
import { StationInfo } from './station-info.tsx';
import { STATUS_BADGES, statusLabel } from './station-labels.ts';
import { TierTag } from './tier-tag.tsx';

const TABS = ['info', 'staffing', 'communities'] as const;

/** One station: its record, its staffing (人员配置) and which worker covers each community (一社区一社工). */
export function StationDetailPage() {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const { id } = useParams();
  const [search, setSearch] = useSearchParams();
  const [editing, setEditing] = useState(false);
  const station = useQuery({
    queryKey: ['stations', 'one', id],
    queryFn: () => api.get('/api/stations/{id}', { params: { path: { id: id! } } }),
    enabled: Boolean(id),
  });
  const tab = TABS.find((k) => k === search.get('tab')) ?? 'info';

  if (station.isError) return <ErrorResult error={station.error} onRetry={() => station.refetch()} />;
  const s = station.data;
  if (!s) return <Skeleton active paragraph={{ rows: 10 }} />;

  const items = [{ key: 'info', label: t('common.basicInfo'), children: <StationInfo station={s} /> }];
  if (can('staffing.read')) {
    items.push({ key: 'staffing', label: t('stations.tabStaffing'), children: <StationStaffingTab station={s} /> });
    items.push({ key: 'communities', label: t('stations.tabCommunities'), children: <StationCommunitiesTab station={s} /> });
  }

  return (
    <Flex vertical gap={16} data-testid="station-detail">
      <Flex align="flex-start" gap={12} wrap>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label={t('common.back')} />
        <div style={{ minWidth: 0, flex: 1 }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {s.name}
          </Typography.Title>
          <Flex gap={8} wrap align="center" style={{ marginTop: 6 }}>
            <TierTag tier={s.tier} />
            <Badge status={STATUS_BADGES[s.status]} text={statusLabel(t, s.status)} />
            <Typography.Text type="secondary">
              {s.regionPath || s.regionName} · {s.organisationName}
            </Typography.Text>
          </Flex>
        </div>
        {s.allowedActions.includes('update') ? (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('common.edit')}
          </Button>
        ) : null}
      </Flex>
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => setSearch({ tab: key }, { replace: true })}
          items={items}
          destroyOnHidden
          data-testid="station-tabs"
        />
      </Card>
      <StationDrawer open={editing} station={s} onClose={() => setEditing(false)} />
    </Flex>
  );
}
