import {
  ApartmentOutlined,
  BankOutlined,
  ClusterOutlined,
  EnvironmentOutlined,
  HomeOutlined,
  ShopOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { HomeSummary } from '@shegong/contracts';
import { Card, Col, Flex, Row, Statistic } from 'antd';
import type { ReactNode } from 'react';
import type { TKey } from '../../app/i18n/i18n-context.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';

type CountKey = keyof HomeSummary['counts'];
const CARDS: { key: CountKey; label: TKey; icon: ReactNode; color: string }[] = [
  { key: 'districts', label: 'home.districts', icon: <ApartmentOutlined />, color: '#722ed1' },
  { key: 'towns', label: 'home.towns', icon: <ClusterOutlined />, color: '#2f54eb' },
  { key: 'communities', label: 'home.communities', icon: <HomeOutlined />, color: '#13c2c2' },
  { key: 'organisations', label: 'home.organisations', icon: <BankOutlined />, color: '#fa8c16' },
  { key: 'stations', label: 'home.stations', icon: <EnvironmentOutlined />, color: '#1677ff' },
  { key: 'servicePoints', label: 'home.servicePoints', icon: <ShopOutlined />, color: '#52c41a' },
  { key: 'centres', label: 'home.centres', icon: <ApartmentOutlined />, color: '#eb2f96' },
  { key: 'users', label: 'home.users', icon: <TeamOutlined />, color: '#faad14' },
];

export function StatCards({ counts, loading }: { counts: HomeSummary['counts'] | undefined; loading: boolean }) {
  const t = useT();
  return (
    <Row gutter={[16, 16]}>
      {CARDS.map((card) => (
        <Col key={card.key} xs={12} sm={12} md={8} lg={6} xxl={3}>
          <Card size="small" styles={{ body: { padding: '16px 16px 12px' } }} data-testid={`stat-${card.key}`}>
            <Flex justify="space-between" align="flex-start">
              <Statistic title={t(card.label)} value={counts?.[card.key] ?? 0} loading={loading} />
              <span
                style={{
                  fontSize: 20,
                  color: card.color,
                  background: `${card.color}14`,
                  borderRadius: 8,
                  width: 40,
                  height: 40,
                  display: 'grid',
                  placeItems: 'center',
                  flexShrink: 0,
                }}
              >
                {card.icon}
              </span>
            </Flex>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
