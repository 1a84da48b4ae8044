import { isoWeekOf } from '@shegong/core';
import { Alert, Card, Col, Flex, Progress, Row, Statistic } from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ErrorResult } from '../../app/components/error-result.tsx';
import { PageHeader } from '../../app/components/page-header.tsx';
import { RegionTreeSelect } from '../../app/components/region-tree-select.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { usePresenceHistory, useWeeklyReport } from './presence-api.ts';
import { WeekSwitcher } from './week-switcher.tsx';
import { WeeklyBelow } from './weekly-below.tsx';
import { percentOf, WeeklyRollup } from './weekly-rollup.tsx';

const ComplianceTrend = lazy(async () => ({ default: (await import('./compliance-trend.tsx')).ComplianceTrend }));

/** 驻点考勤: "一社区一社工" compliance for a week per district and station, and the communities below the required days. */
export function WeeklyPage() {
  const t = useT();
  const [search, setSearch] = useSearchParams();
  const currentWeek = isoWeekOf(dayjs().format('YYYY-MM-DD'));
  const filters = { week: search.get('week') ?? undefined, regionCode: search.get('regionCode') ?? undefined };
  const report = useWeeklyReport(filters);
  const history = usePresenceHistory(filters);
  const r = report.data;
  const set = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(search);
    for (const [k, v] of Object.entries(changes)) v ? next.set(k, v) : next.delete(k);
    setSearch(next);
  };

  return (
    <>
      <PageHeader title={t('menu.presence')} subtitle={t('presence.subtitle')} />
      <Card style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
          <WeekSwitcher week={r?.week ?? filters.week ?? currentWeek} currentWeek={currentWeek} onChange={(week) => set({ week })} />
          <div style={{ width: 260, maxWidth: '100%' }}>
            <RegionTreeSelect
              value={filters.regionCode}
              onChange={(regionCode) => set({ regionCode })}
              levels={[2, 3, 4]}
              placeholder={t('presence.regionFilter')}
            />
          </div>
        </Flex>
        {report.isError ? (
          <ErrorResult error={report.error} onRetry={() => report.refetch()} />
        ) : (
          <>
            {r && r.daysElapsed < 7 ? (
              <Alert
                type="info"
                showIcon
                title={t('presence.inProgress', { elapsed: r.daysElapsed, required: r.requiredDaysPerWeek })}
                style={{ marginBottom: 16 }}
              />
            ) : null}
            <Row gutter={[16, 16]}>
              <Col xs={12} md={6}>
                <Card size="small">
                  <Statistic title={t('presence.assigned')} value={r?.totals.assigned ?? 0} loading={report.isPending} />
                </Card>
              </Col>
              <Col xs={12} md={6}>
                <Card size="small">
                  <Statistic
                    title={t('presence.compliant')}
                    value={r?.totals.compliant ?? 0}
                    styles={{ content: { color: '#389e0d' } }}
                    loading={report.isPending}
                  />
                </Card>
              </Col>
              <Col xs={12} md={6}>
                <Card size="small">
                  <Statistic
                    title={t('presence.below')}
                    value={r?.totals.below ?? 0}
                    styles={{ content: { color: r?.totals.below ? '#cf1322' : undefined } }}
                    loading={report.isPending}
                  />
                </Card>
              </Col>
              <Col xs={12} md={6}>
                <Card size="small">
                  <Statistic
                    title={t('presence.rate')}
                    value={r ? percentOf(r.totals.compliant, r.totals.assigned) : 0}
                    suffix="%"
                    loading={report.isPending}
                  />
                  <Progress percent={r ? percentOf(r.totals.compliant, r.totals.assigned) : 0} showInfo={false} size="small" />
                </Card>
              </Col>
            </Row>
          </>
        )}
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <WeeklyRollup report={r} loading={report.isFetching} />
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('presence.trend')} size="small" style={{ height: '100%' }}>
            <Suspense fallback={<div style={{ height: 260 }} />}>
              <ComplianceTrend history={history.data} loading={history.isPending} />
            </Suspense>
          </Card>
        </Col>
        <Col xs={24}>
          <WeeklyBelow report={r} loading={report.isFetching} />
        </Col>
      </Row>
    </>
  );
}
