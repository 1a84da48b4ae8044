import { BankOutlined, SafetyCertificateOutlined, TeamOutlined, UsergroupAddOutlined } from '@ant-design/icons';
import type { WorkforceStatistics } from '@shegong/contracts';
import { Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../app/i18n/i18n-context.tsx';

function StatCard({
  title,
  value,
  icon,
  color,
  note,
  testId,
}: {
  title: string;
  value: ReactNode;
  icon: ReactNode;
  color: string;
  note?: string;
  testId: string;
}) {
  return (
    <Card size="small" styles={{ body: { padding: '16px 16px 12px' } }} data-testid={testId}>
      <Flex justify="space-between" align="flex-start">
        <div>
          <Statistic title={title} value={value as string} />
          {note ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {note}
            </Typography.Text>
          ) : null}
        </div>
        <span
          style={{
            fontSize: 20,
            color,
            background: `${color}14`,
            borderRadius: 8,
            width: 40,
            height: 40,
            display: 'grid',
            placeItems: 'center',
          }}
        >
          {icon}
        </span>
      </Flex>
    </Card>
  );
}

/** Workers, certified workers, certified per 10,000 residents and organisations of the region. */
export function StatisticsCards({ data }: { data: WorkforceStatistics }) {
  const t = useT();
  const { totals } = data;
  const share = totals.workers ? Math.round((totals.certified / totals.workers) * 100) : 0;
  const below = data.byDistrict.filter((d) => !d.meetsOrganisationTarget).length;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={12} lg={6}>
        <StatCard testId="stat-workers" title={t('statistics.workers')} value={totals.workers} icon={<TeamOutlined />} color="#1677ff" />
      </Col>
      <Col xs={12} lg={6}>
        <StatCard
          testId="stat-certified"
          title={t('statistics.certified')}
          value={totals.certified}
          icon={<SafetyCertificateOutlined />}
          color="#52c41a"
          note={t('statistics.certifiedShare', { share })}
        />
      </Col>
      <Col xs={12} lg={6}>
        <StatCard
          testId="stat-per10k"
          title={t('statistics.per10k')}
          value={totals.certifiedPer10k ?? '—'}
          icon={<UsergroupAddOutlined />}
          color="#722ed1"
          note={
            totals.population
              ? t('statistics.population', { population: (totals.population / 10_000).toFixed(1) })
              : t('statistics.noPopulation')
          }
        />
      </Col>
      <Col xs={12} lg={6}>
        <StatCard
          testId="stat-organisations"
          title={t('statistics.organisations')}
          value={totals.organisations}
          icon={<BankOutlined />}
          color="#fa8c16"
          note={t('statistics.targetNote', { target: data.organisationTarget, below })}
        />
      </Col>
    </Row>
  );
}
