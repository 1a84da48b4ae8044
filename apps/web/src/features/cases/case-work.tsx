import type { CaseDetail } from '@shegong/contracts';
import { LIFE_DOMAINS } from '@shegong/core';
import { Card, Col, Descriptions, Empty, Flex, List, Row, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../app/i18n/i18n-context.tsx';

const NEED_COLORS = { none: 'default', low: 'green', medium: 'orange', high: 'red' } as const;
const GOAL_COLORS = { open: 'processing', achieved: 'success', partly: 'warning', not_achieved: 'error' } as const;

/** What the case holds at each stage: the problem, the assessment, the plan's goals, evaluation and closure. */
export function CaseWork({ detail: d }: { detail: CaseDetail }) {
  const t = useT();
  const a = d.assessment;
  const today = dayjs().format('YYYY-MM-DD');
  return (
    <Flex vertical gap={16} data-testid="case-work">
      <Card size="small" title={t('label.presentingProblem')}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{d.presentingProblem}</Typography.Paragraph>
        {d.declinedReason ? (
          <Typography.Paragraph type="danger" style={{ marginTop: 8, marginBottom: 0 }}>
            {t('label.declinedReason')}：{d.declinedReason}
          </Typography.Paragraph>
        ) : null}
      </Card>
      {d.stage === 'declined' ? null : (
        <>
          <Card size="small" title={t('cases.assessmentTitle')} data-testid="case-assessment-view">
            {a ? (
              <>
                <Row gutter={[8, 8]}>
                  {LIFE_DOMAINS.map((dom) => (
                    <Col key={dom} xs={12} md={6}>
                      <div className="sg-need">
                        <Typography.Text type="secondary">{t(`case.domain.${dom}`)}</Typography.Text>
                        <div>
                          <Tag color={NEED_COLORS[a.needs[dom].level]}>{t(`case.needLevel.${a.needs[dom].level}`)}</Tag>
                        </div>
                        {a.needs[dom].notes ? <Typography.Text style={{ fontSize: 12 }}>{a.needs[dom].notes}</Typography.Text> : null}
                      </div>
                    </Col>
                  ))}
                </Row>
                <Descriptions
                  size="small"
                  column={{ xs: 1, md: 2 }}
                  style={{ marginTop: 12 }}
                  items={[
                    { key: 'risks', label: t('label.risks'), children: a.risks || '—' },
                    { key: 'strengths', label: t('label.strengths'), children: a.strengths || '—' },
                  ]}
                />
              </>
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.noAssessment')} />
            )}
          </Card>
          <Card
            size="small"
            title={t('cases.planTitle')}
            extra={d.nextReviewOn ? <ReviewDate date={d.nextReviewOn} overdue={d.isReviewOverdue} /> : null}
          >
            {d.goals.length ? (
              <List
                size="small"
                dataSource={d.goals}
                data-testid="case-goals"
                renderItem={(g, i) => (
                  <List.Item extra={<Tag color={GOAL_COLORS[g.status]}>{t(`case.goalStatus.${g.status}`)}</Tag>}>
                    <div>
                      <Typography.Text>
                        {i + 1}. {g.description}
                      </Typography.Text>
                      <Typography.Text
                        type={g.status === 'open' && g.targetDate < today ? 'danger' : 'secondary'}
                        style={{ display: 'block', fontSize: 12 }}
                      >
                        {t('label.targetDate')} {g.targetDate}
                      </Typography.Text>
                    </div>
                  </List.Item>
                )}
              />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.noPlan')} />
            )}
          </Card>
        </>
      )}
      {d.evaluation || d.closureReason ? (
        <Card size="small" title={t('cases.evaluationTitle')}>
          <Descriptions
            size="small"
            column={1}
            items={[
              ...(d.evaluation ? [{ key: 'summary', label: t('label.summary'), children: d.evaluation.summary }] : []),
              ...(d.closureReason
                ? [{ key: 'reason', label: t('cases.closureReason'), children: t(`case.closureReason.${d.closureReason}`) }]
                : []),
              ...(d.closureOutcome ? [{ key: 'outcome', label: t('label.outcome'), children: d.closureOutcome }] : []),
              ...(d.closedOn ? [{ key: 'closed', label: t('cases.closedOn'), children: d.closedOn }] : []),
            ]}
          />
        </Card>
      ) : null}
    </Flex>
  );
}

function ReviewDate({ date, overdue }: { date: string; overdue: boolean }) {
  const t = useT();
  return (
    <Typography.Text type={overdue ? 'danger' : 'secondary'} data-testid="case-review-date">
      {t('label.nextReviewOn')} {date}
      {overdue ? ` · ${t('label.overdue')}` : ''}
    </Typography.Text>
  );
}
