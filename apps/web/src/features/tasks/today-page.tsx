import {
  AlertOutlined,
  AuditOutlined,
  CalendarOutlined,
  FlagOutlined,
  InboxOutlined,
  ReloadOutlined,
  RollbackOutlined,
} from '@ant-design/icons';
import { Button, Col, Flex, Row, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router-dom';
import { useCan, useMe } from '../../app/auth/me-context.tsx';
import { ErrorResult } from '../../app/components/error-result.tsx';
import { useLocale, useT } from '../../app/i18n/i18n-context.tsx';
import { useSupervision, useTodayTasks } from '../cases/cases-api.ts';
import { ShareRequestTaskCard } from '../clients/share-request-task-card.tsx';
import { CaseTaskRow } from './case-task-row.tsx';
import { SupervisionPanel } from './supervision-panel.tsx';
import { TaskCard } from './task-card.tsx';

const since = (date: string) => dayjs().startOf('day').diff(dayjs(date), 'day');

/** 今日工作: what a social worker should do today, and for a supervisor what waits for sign-off. */
export function TodayPage() {
  const t = useT();
  const me = useMe();
  const can = useCan();
  const [locale] = useLocale();
  const navigate = useNavigate();
  const supervising = can('case.approve');
  const today = useTodayTasks();
  const supervision = useSupervision(supervising);
  if (today.isError) return <ErrorResult error={today.error} onRetry={() => today.refetch()} />;
  const d = today.data;
  const date = dayjs(d?.today).format(locale === 'zh-CN' ? 'M月D日 dddd' : 'dddd, MMM D');
  const refresh = () => Promise.all([today.refetch(), supervising ? supervision.refetch() : null]);
  const gutter: [number, number] = [16, 16];

  return (
    <div className="sg-today" data-testid="today-page">
      <Flex justify="space-between" align="flex-end" gap={8} style={{ marginBottom: 16 }}>
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('today.greeting', { name: me.user.displayName })}
          </Typography.Title>
          <Typography.Text type="secondary">{date}</Typography.Text>
        </div>
        <Button icon={<ReloadOutlined />} onClick={refresh} loading={today.isFetching} aria-label={t('common.reload')} />
      </Flex>
      {supervising ? <SupervisionPanel query={supervision} /> : null}
      {!d ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <Row gutter={gutter}>
          <Col xs={24} xl={12}>
            <Flex vertical gap={16}>
              <TaskCard
                title={t('today.unvisited')}
                icon={<AlertOutlined />}
                color="#cf1322"
                items={d.unvisited}
                empty={t('today.unvisitedNone')}
                testId="today-unvisited"
                itemKey={(i) => i.caseId}
                render={(i) => (
                  <CaseTaskRow
                    item={i}
                    danger
                    visit
                    meta={
                      i.lastVisitOn ? t('today.lastVisit', { date: i.lastVisitOn, days: since(i.lastVisitOn) }) : t('today.neverVisited')
                    }
                  />
                )}
              />
              <TaskCard
                title={t('today.reviews')}
                icon={<CalendarOutlined />}
                color="#d46b08"
                items={d.reviews}
                empty={t('today.reviewsNone')}
                testId="today-reviews"
                itemKey={(i) => i.caseId}
                render={(i) => (
                  <CaseTaskRow
                    item={i}
                    danger={i.isOverdue}
                    visit
                    meta={t(i.isOverdue ? 'today.reviewOverdue' : 'today.reviewDue', { date: i.nextReviewOn, days: since(i.nextReviewOn) })}
                  />
                )}
              />
            </Flex>
          </Col>
          <Col xs={24} xl={12}>
            <Flex vertical gap={16}>
              <TaskCard
                title={t('today.returned')}
                icon={<RollbackOutlined />}
                color="#cf1322"
                items={d.returned}
                empty={t('today.returnedNone')}
                testId="today-returned"
                itemKey={(i) => i.caseId}
                render={(i) => <CaseTaskRow item={i} danger meta={i.approvalComment ?? t('case.approval.returned')} />}
              />
              <TaskCard
                title={t('today.goals')}
                icon={<FlagOutlined />}
                color="#d48806"
                items={d.goals}
                empty={t('today.goalsNone')}
                testId="today-goals"
                itemKey={(i) => i.goalId}
                render={(i) => (
                  <CaseTaskRow
                    item={i}
                    danger
                    meta={`${i.description} · ${t('today.goalLate', { date: i.targetDate, days: since(i.targetDate) })}`}
                  />
                )}
              />
              <TaskCard
                title={t('today.referrals')}
                icon={<InboxOutlined />}
                color="#1677ff"
                items={d.referrals}
                empty={t('today.referralsNone')}
                testId="today-referrals"
                itemKey={(i) => i.referralId}
                render={(i) => (
                  <Flex justify="space-between" align="center" gap={8} style={{ width: '100%' }}>
                    <div style={{ minWidth: 0 }}>
                      <Typography.Text strong>{i.fromOrganisationName}</Typography.Text>
                      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }} ellipsis>
                        → {i.toStationName} · {i.reason}
                      </Typography.Text>
                    </div>
                    <Button icon={<AuditOutlined />} onClick={() => navigate('/referrals?direction=in&status=pending')}>
                      {t('today.answer')}
                    </Button>
                  </Flex>
                )}
              />
              {can('share_request.respond') ? <ShareRequestTaskCard items={d.shareRequests} /> : null}
            </Flex>
          </Col>
        </Row>
      )}
    </div>
  );
}
