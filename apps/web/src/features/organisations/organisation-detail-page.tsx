import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Skeleton, Tabs, Tag, Typography } from 'antd';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { ErrorResult } from '../../app/components/error-result.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { AnnualReportsTab } from './annual-reports-tab.tsx';
import { CreditMarksTab } from './credit-marks-tab.tsx';
import { FilingStatusTag, GradeTag } from './filing-labels.tsx';
import { FilingTab } from './filing-tab.tsx';
import { GrantsTab } from './grants-tab.tsx';
import { TYPE_COLORS } from './organisation-labels.ts';
import { useOrganisation } from './organisations-api.ts';
import { RatingsTab } from './ratings-tab.tsx';

const TABS = ['filing', 'reports', 'ratings', 'credit', 'grants'] as const;

/** One organisation: its filing (备案) with the review trail, yearly reports, ratings, credit marks and grants. */
export function OrganisationDetailPage() {
  const t = useT();
  const navigate = useNavigate();
  const { id } = useParams();
  const [search, setSearch] = useSearchParams();
  const organisation = useOrganisation(id);
  const tab = TABS.find((k) => k === search.get('tab')) ?? 'filing';

  if (organisation.isError) return <ErrorResult error={organisation.error} onRetry={() => organisation.refetch()} />;
  const o = organisation.data;
  if (!o) return <Skeleton active paragraph={{ rows: 10 }} />;

  const decided = o.filingStatus === 'returned' || o.filingStatus === 'rejected';
  return (
    <Flex vertical gap={16} data-testid="organisation-detail">
      <Flex align="flex-start" gap={12} wrap>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label={t('common.back')} />
        <div style={{ minWidth: 0, flex: 1 }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {o.name}
          </Typography.Title>
          <Flex gap={6} wrap align="center" style={{ marginTop: 6 }}>
            <FilingStatusTag status={o.filingStatus} />
            {o.rating ? <GradeTag grade={o.rating.grade} rating={o.rating} /> : null}
            <Tag color={TYPE_COLORS[o.type]}>{t(`orgType.${o.type}`)}</Tag>
            <Typography.Text type="secondary">{o.regionName}</Typography.Text>
            {o.activeCreditMarks.map((m) => (
              <Tag key={`${m.kind}${m.issuedOn}`} color={m.kind === 'commendation' ? 'green' : 'red'}>
                {t(`creditKind.${m.kind}` as 'creditKind.penalty')}
              </Tag>
            ))}
          </Flex>
        </div>
      </Flex>
      {decided && o.filingComment ? (
        <Alert
          type={o.filingStatus === 'returned' ? 'warning' : 'error'}
          showIcon
          title={t(o.filingStatus === 'returned' ? 'filing.returnedTitle' : 'filing.rejectedTitle')}
          description={<Typography.Text style={{ fontSize: 15 }}>{o.filingComment}</Typography.Text>}
          data-testid="filing-comment"
        />
      ) : null}
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => setSearch({ tab: key }, { replace: true })}
          items={[
            { key: 'filing', label: t('organisation.tabFiling'), children: <FilingTab organisation={o} /> },
            { key: 'reports', label: t('organisation.tabReports'), children: <AnnualReportsTab organisation={o} /> },
            { key: 'ratings', label: t('organisation.tabRatings'), children: <RatingsTab organisation={o} /> },
            { key: 'credit', label: t('organisation.tabCredit'), children: <CreditMarksTab organisation={o} /> },
            { key: 'grants', label: t('organisation.tabGrants'), children: <GrantsTab organisation={o} /> },
          ]}
          destroyOnHidden
          data-testid="organisation-tabs"
        />
      </Card>
    </Flex>
  );
}
