import type { LedgerSummary } from '@shegong/contracts';
import { Card, Col, Flex, Row, Skeleton, Statistic, Tag, Typography } from 'antd';
import { useT } from '../../app/i18n/i18n-context.tsx';

/** The headline measures, defined once in @shegong/core and computed by the server over the filters. */
export function LedgerSummaryCards({ summary, loading }: { summary: LedgerSummary | undefined; loading: boolean }) {
  const t = useT();
  if (!summary) return <Skeleton active paragraph={{ rows: 2 }} />;
  const cards = [
    { key: 'personTimes', title: t('measure.personTimes'), value: summary.personTimes, color: '#1677ff' },
    { key: 'peopleServed', title: t('measure.peopleServed'), value: summary.peopleServed, color: '#13c2c2' },
    {
      key: 'cases',
      title: t('ledgerPage.cases'),
      value: summary.casesActive,
      suffix: t('ledgerPage.newCases', { n: summary.casesOpened }),
      color: '#2f54eb',
    },
    { key: 'caseVisits', title: t('measure.caseVisits'), value: summary.caseVisits, color: '#722ed1' },
    { key: 'groupSessions', title: t('measure.groupSessions'), value: summary.groupSessions, color: '#eb2f96' },
    { key: 'activities', title: t('measure.activities'), value: summary.activities, color: '#fa8c16' },
  ];
  return (
    <Flex vertical gap={12} style={{ marginBottom: 16 }} data-testid="ledger-summary">
      <Row gutter={[12, 12]}>
        {cards.map((c) => (
          <Col key={c.key} xs={12} md={8} xl={4}>
            <Card size="small" className="sg-measure" style={{ borderTop: `3px solid ${c.color}` }} loading={loading && !summary}>
              <Statistic
                title={c.title}
                value={c.value}
                suffix={c.suffix ? <span style={{ fontSize: 12, color: '#8c8c8c' }}>{c.suffix}</span> : undefined}
                data-testid={`ledger-measure-${c.key}`}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Flex gap={6} wrap align="center">
        <Typography.Text type="secondary">
          {t('measure.peopleByCategory')}（{summary.from} ~ {summary.to}）：
        </Typography.Text>
        {summary.peopleByCategory
          .filter((c) => c.people > 0)
          .map((c) => (
            <Tag key={c.code} color="geekblue" style={{ marginInlineEnd: 0 }}>
              {c.name} {c.people}
            </Tag>
          ))}
      </Flex>
    </Flex>
  );
}
