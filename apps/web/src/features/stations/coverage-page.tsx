import { Card, Col, Flex, Progress, Row, Statistic } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ErrorResult } from '../../app/components/error-result.tsx';
import { PageHeader } from '../../app/components/page-header.tsx';
import { RegionTreeSelect } from '../../app/components/region-tree-select.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { CoverageDistrictTable } from './coverage-district-table.tsx';
import { CommunitiesWithoutPoint, TownsWithoutStation } from './coverage-gaps.tsx';
import { percent } from './station-labels.ts';
import { StationTabs } from './station-tabs.tsx';
import { useCoverage } from './stations-api.ts';

export function CoveragePage() {
  const t = useT();
  const [search, setSearch] = useSearchParams();
  const regionCode = search.get('regionCode') ?? undefined;
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const coverage = useCoverage(regionCode, page.page, page.pageSize);
  const rows = coverage.data?.districts ?? [];
  const towns = rows.reduce((n, d) => n + d.towns, 0);
  const townsCovered = rows.reduce((n, d) => n + d.townsWithStation, 0);
  const communities = rows.reduce((n, d) => n + d.communities, 0);
  const communitiesCovered = rows.reduce((n, d) => n + d.communitiesWithPoint, 0);

  const onRegion = (code: string | undefined) => {
    setPage((p) => ({ ...p, page: 1 }));
    setSearch(code ? { regionCode: code } : {});
  };

  return (
    <>
      <PageHeader title={t('menu.stations')} subtitle={t('coverage.subtitle')} />
      <Card styles={{ body: { paddingTop: 8 } }} style={{ marginBottom: 16 }}>
        <StationTabs />
        <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
          <div style={{ width: 300, maxWidth: '100%' }}>
            <RegionTreeSelect value={regionCode} onChange={onRegion} levels={[2, 3]} placeholder={t('coverage.regionFilter')} />
          </div>
        </Flex>
        {coverage.isError ? (
          <ErrorResult error={coverage.error} onRetry={() => coverage.refetch()} />
        ) : (
          <>
            <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
              <Col xs={24} md={12}>
                <Card size="small" variant="outlined">
                  <Statistic title={t('coverage.townsCovered')} value={townsCovered} suffix={`/ ${towns}`} loading={coverage.isPending} />
                  <Progress percent={percent(townsCovered, towns)} status="active" />
                </Card>
              </Col>
              <Col xs={24} md={12}>
                <Card size="small" variant="outlined">
                  <Statistic
                    title={t('coverage.communitiesCovered')}
                    value={communitiesCovered}
                    suffix={`/ ${communities}`}
                    loading={coverage.isPending}
                  />
                  <Progress percent={percent(communitiesCovered, communities)} strokeColor="#52c41a" status="active" />
                </Card>
              </Col>
            </Row>
            <CoverageDistrictTable rows={rows} loading={coverage.isFetching} onPick={onRegion} />
          </>
        )}
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <TownsWithoutStation items={coverage.data?.townsWithoutStation ?? []} loading={coverage.isPending} />
        </Col>
        <Col xs={24} xl={14}>
          <CommunitiesWithoutPoint
            data={coverage.data?.communitiesWithoutPoint}
            loading={coverage.isFetching}
            page={page}
            onPage={(p, size) => setPage({ page: p, pageSize: size })}
          />
        </Col>
      </Row>
    </>
  );
}
