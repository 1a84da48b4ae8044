import { DesktopOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Flex, Skeleton, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { ErrorResult } from '../../app/components/error-result.tsx';
import { PageHeader } from '../../app/components/page-header.tsx';
import { useLocale, useT } from '../../app/i18n/i18n-context.tsx';
import { DashboardBreadcrumb } from './dashboard-breadcrumb.tsx';
import { DashboardCards } from './dashboard-cards.tsx';
import { DashboardCharts } from './dashboard-charts.tsx';
import { useDashboard, useDashboardParams } from './dashboards-api.ts';

/** 数据看板: the caller's region (city, district, town) or a station for a year, with drill-down and Excel exports. */
export function DashboardPage() {
  const t = useT();
  const [locale] = useLocale();
  const { params, drill: go, setYear, search } = useDashboardParams();
  const drill = (target: { regionCode?: string; stationId?: string }) => {
    go(target);
    window.scrollTo({ top: 0 });
  };
  const dashboard = useDashboard(params);
  const d = dashboard.data;

  const openScreen = () => window.open(`/dashboards/screen${search ? `?${search}` : ''}`, '_blank', 'noopener');

  return (
    <>
      <PageHeader
        title={t('menu.dashboards')}
        subtitle={d ? t('dashboards.subtitle', { scope: d.scope.name, year: d.year }) : undefined}
        extra={
          <>
            <DatePicker
              picker="year"
              allowClear={false}
              value={dayjs(`${params.year ?? d?.year ?? dayjs().year()}-01-01`)}
              onChange={(v) => setYear(v ? String(v.year()) : undefined)}
              disabledDate={(v) => v.year() > dayjs().year() + 1}
              style={{ width: 120 }}
              data-testid="dash-year"
            />
            <Button icon={<ReloadOutlined />} onClick={() => dashboard.refetch()} loading={dashboard.isFetching}>
              {t('dashboards.refresh')}
            </Button>
            <Button type="primary" icon={<DesktopOutlined />} onClick={openScreen} data-testid="dash-open-screen">
              {t('dashboards.openScreen')}
            </Button>
          </>
        }
      />
      {dashboard.isError ? (
        <ErrorResult error={dashboard.error} onRetry={() => dashboard.refetch()} />
      ) : !d ? (
        <Skeleton active paragraph={{ rows: 14 }} />
      ) : (
        <Flex vertical gap={16} data-testid="dashboard-page">
          <Card size="small">
            <Flex justify="space-between" align="center" wrap gap={8}>
              <DashboardBreadcrumb scope={d.scope} onRegion={(regionCode) => drill({ regionCode })} />
              <Flex gap={6} align="center">
                {d.scope.kind === 'station' ? (
                  <Tag color="cyan">{t('dashboards.stationView')}</Tag>
                ) : (
                  <Typography.Text type="secondary">{t('dashboards.fromRollups')}</Typography.Text>
                )}
              </Flex>
            </Flex>
          </Card>
          {d.projects.behind > 0 ? (
            <Alert
              type="error"
              showIcon
              title={t('dashboards.behindBanner', { count: d.projects.behind })}
              description={d.projects.items
                .filter((p) => p.pace === 'behind')
                .map((p) => p.name)
                .join(locale === 'zh-CN' ? '、' : ', ')}
              data-testid="dash-behind-banner"
            />
          ) : null}
          <DashboardCards totals={d.totals} loading={dashboard.isPending} />
          <DashboardCharts
            data={d}
            params={params}
            onPick={(child) => drill(child.kind === 'station' ? { stationId: child.code } : { regionCode: child.code })}
          />
        </Flex>
      )}
    </>
  );
}
