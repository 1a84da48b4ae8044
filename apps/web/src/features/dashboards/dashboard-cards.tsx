import {
  ApartmentOutlined,
  CalendarOutlined,
  FileProtectOutlined,
  HomeOutlined,
  TeamOutlined,
  UsergroupAddOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { Dashboard } from '@shegong/contracts';
import { Card, Flex, Statistic } from 'antd';
import type { ReactNode } from 'react';
import type { TKey } from '../../app/i18n/i18n-context.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';

type Totals = Dashboard['totals'];
const CARDS: { key: keyof Totals; label: TKey; icon: ReactNode; color: string }[] = [
  { key: 'personTimes', label: 'indicator.person_times', icon: <TeamOutlined />, color: '#1677ff' },
  { key: 'peopleServed', label: 'indicator.people_served', icon: <UserOutlined />, color: '#52c41a' },
  { key: 'caseVisits', label: 'indicator.case_visits', icon: <HomeOutlined />, color: '#fa8c16' },
  { key: 'groupSessions', label: 'indicator.group_sessions', icon: <UsergroupAddOutlined />, color: '#722ed1' },
  { key: 'activities', label: 'indicator.activities', icon: <CalendarOutlined />, color: '#13c2c2' },
  { key: 'openCases', label: 'dashboards.openCases', icon: <FileProtectOutlined />, color: '#eb2f96' },
];

function Icon({ color, children }: { color: string; children: ReactNode }) {
  return (
    <span className="sg-dash-icon" style={{ color, background: `${color}14` }}>
      {children}
    </span>
  );
}

/** The headline numbers of the year, and the service network behind them. */
export function DashboardCards({ totals, loading }: { totals: Totals | undefined; loading: boolean }) {
  const t = useT();
  return (
    <div className="sg-dash-cards">
      {CARDS.map((card) => (
        <Card key={card.key} size="small" data-testid={`dash-${card.key}`}>
          <Flex justify="space-between" align="flex-start">
            <Statistic title={t(card.label)} value={totals?.[card.key] ?? 0} loading={loading} />
            <Icon color={card.color}>{card.icon}</Icon>
          </Flex>
        </Card>
      ))}
      <Card size="small" data-testid="dash-network" className="sg-dash-network-card">
        <Flex justify="space-between" align="flex-start">
          <Flex gap={32}>
            <Statistic title={t('dashboards.stationCount')} value={totals?.stations ?? 0} loading={loading} />
            <Statistic title={t('dashboards.servicePoints')} value={totals?.servicePoints ?? 0} loading={loading} />
            <Statistic title={t('dashboards.workers')} value={totals?.workers ?? 0} loading={loading} />
          </Flex>
          <Icon color="#faad14">
            <ApartmentOutlined />
          </Icon>
        </Flex>
      </Card>
    </div>
  );
}
