import type { WorkforceStatistics } from '@shegong/contracts';
import type { RatingGrade } from '@shegong/core';
import { Card, Col, Row, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { GradeTag } from '../organisations/filing-labels.tsx';

function DaysLeft({ days }: { days: number }) {
  const t = useT();
  if (days < 0) return <Tag color="error">{t('common.overdue', { days: -days })}</Tag>;
  return <Tag color={days <= 30 ? 'warning' : 'default'}>{t('common.daysLeft', { days })}</Tag>;
}

/** Registrations and ratings that expire soon (or have lapsed), soonest first. */
export function ExpiringLists({ data }: { data: WorkforceStatistics }) {
  const t = useT();
  const { registrations, ratings } = data.expiring;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card
          size="small"
          title={t('statistics.expiringRegistrations', { count: registrations.length })}
          data-testid="expiring-registrations"
        >
          <Table
            rowKey="workerId"
            size="small"
            dataSource={registrations}
            pagination={{ pageSize: 8, hideOnSinglePage: true, showSizeChanger: false }}
            locale={{ emptyText: t('statistics.noneExpiring') }}
            columns={[
              {
                title: t('label.displayName'),
                dataIndex: 'workerName',
                render: (v: string, r) => <Link to={`/workers/${r.workerId}?tab=registrations`}>{v}</Link>,
              },
              { title: t('label.organisationId'), dataIndex: 'organisationName', ellipsis: true },
              { title: t('rating.validUntil'), dataIndex: 'validUntil', width: 110 },
              { title: '', dataIndex: 'daysLeft', width: 110, render: (v: number) => <DaysLeft days={v} /> },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title={t('statistics.expiringRatings', { count: ratings.length })} data-testid="expiring-ratings">
          <Table
            rowKey="organisationId"
            size="small"
            dataSource={ratings}
            pagination={{ pageSize: 8, hideOnSinglePage: true, showSizeChanger: false }}
            locale={{ emptyText: t('statistics.noneExpiring') }}
            columns={[
              {
                title: t('label.name'),
                dataIndex: 'organisationName',
                ellipsis: true,
                render: (v: string, r) => <Link to={`/organisations/${r.organisationId}?tab=ratings`}>{v}</Link>,
              },
              { title: t('label.grade'), dataIndex: 'grade', width: 70, render: (g: string) => <GradeTag grade={g as RatingGrade} /> },
              { title: t('rating.validUntil'), dataIndex: 'validUntil', width: 110 },
              { title: '', dataIndex: 'daysLeft', width: 110, render: (v: number) => <DaysLeft days={v} /> },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('statistics.expiringNote')}
        </Typography.Text>
      </Col>
    </Row>
  );
}
