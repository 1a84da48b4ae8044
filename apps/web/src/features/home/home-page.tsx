import { Card, Col, Empty, Flex, Progress, Row, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense } from 'react';
import { useMe } from '../../app/auth/me-context.tsx';
import { ErrorResult } from '../../app/components/error-result.tsx';
import { useIsMobile } from '../../app/components/use-is-mobile.ts';
import { useLocale, useT } from '../../app/i18n/i18n-context.tsx';
import { useHomeSummary } from './home-api.ts';
import { StatCards } from './stat-cards.tsx';

const DistrictChart = lazy(async () => ({ default: (await import('./district-chart.tsx')).DistrictChart }));

function ratio(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0;
}

export function HomePage() {
  const t = useT();
  const [locale] = useLocale();
  const me = useMe();
  const isMobile = useIsMobile();
  const summary = useHomeSummary();
  const data = summary.data;
  const today = dayjs().format(locale === 'zh-CN' ? 'YYYY年M月D日 dddd' : 'dddd, MMMM D, YYYY');

  if (summary.isError) return <ErrorResult error={summary.error} onRetry={() => summary.refetch()} />;

  return (
    <Flex vertical gap={16}>
      <Card>
        <Flex justify="space-between" align="center" wrap gap={8}>
          <div>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {t('home.welcome', { name: me.user.displayName })}
            </Typography.Title>
            <Typography.Text type="secondary">
              {me.roles.map((r) => (
                <Tag key={r} color="blue">
                  {t(`role.${r}`)}
                </Tag>
              ))}
              {data?.regionName ?? me.scope.regionName}
              {me.scope.organisationName ? ` · ${me.scope.organisationName}` : ''}
            </Typography.Text>
          </div>
          <Typography.Text type="secondary">{today}</Typography.Text>
        </Flex>
      </Card>
      <StatCards counts={data?.counts} loading={summary.isPending} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Card title={t('home.byDistrict')} loading={summary.isPending}>
            {data && data.byDistrict.length > 0 ? (
              <Suspense fallback={<div style={{ height: 340 }} />}>
                <DistrictChart rows={data.byDistrict} height={isMobile ? 280 : 340} />
              </Suspense>
            ) : (
              <Empty description={t('common.noData')} />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card title={t('home.coverage')} loading={summary.isPending} style={{ height: '100%' }}>
            {data ? (
              <Flex vertical gap={24}>
                <CoverageLine
                  label={t('home.townsCovered')}
                  part={data.coverage.townsCovered}
                  whole={data.coverage.towns}
                  color="#1677ff"
                />
                <CoverageLine
                  label={t('home.communitiesCovered')}
                  part={data.coverage.communitiesCovered}
                  whole={data.coverage.communities}
                  color="#52c41a"
                />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('home.coverageNote')}
                </Typography.Text>
              </Flex>
            ) : null}
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}

function CoverageLine({ label, part, whole, color }: { label: string; part: number; whole: number; color: string }) {
  return (
    <div>
      <Flex justify="space-between">
        <Typography.Text>{label}</Typography.Text>
        <Typography.Text strong>
          {part} / {whole}
        </Typography.Text>
      </Flex>
      <Progress percent={ratio(part, whole)} strokeColor={color} />
    </div>
  );
}
