import type { FilingEvent, Organisation } from '@shegong/contracts';
import type { FilingAction } from '@shegong/core';
import { Button, Card, Empty, Flex, Steps, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { FilingDecisionModal } from './filing-decision-modal.tsx';
import { useFilingEvents } from './organisations-api.ts';

const EVENT_COLORS: Record<string, string> = { submit: 'blue', return: 'orange', approve: 'green', reject: 'red' };

function currentStep(o: Organisation): { current: number; status?: 'error' | 'finish' | 'process' } {
  if (o.filingStatus === 'draft') return { current: 0, status: 'process' };
  if (o.filingStatus === 'returned') return { current: 0, status: 'error' };
  if (o.filingStatus === 'submitted') return { current: 1, status: 'process' };
  return { current: 2, status: o.filingStatus === 'rejected' ? 'error' : 'finish' };
}

/** Where the filing stands, every step with the reviewers' comments, and the bureau's decision buttons. */
export function FilingProgress({ organisation: o }: { organisation: Organisation }) {
  const t = useT();
  const events = useFilingEvents(o.id);
  const [deciding, setDeciding] = useState<FilingAction | null>(null);
  const canReview = o.allowedActions.includes('review') && o.filingStatus === 'submitted';
  const step = currentStep(o);
  const lastTitle =
    o.filingStatus === 'approved' || o.filingStatus === 'rejected' ? t(`filing.${o.filingStatus}`) : t('filing.stepDecision');

  const item = (e: FilingEvent) => ({
    key: e.id,
    color: EVENT_COLORS[e.action] ?? 'gray',
    content: (
      <div>
        <Typography.Text strong>{t(`filingAction.${e.action}` as 'filingAction.submit')}</Typography.Text>
        <Typography.Text type="secondary"> · {e.actorName ?? '—'}</Typography.Text>
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {dayjs(e.at).format('YYYY-MM-DD HH:mm')}
        </Typography.Text>
        {e.comment ? (
          <Typography.Paragraph style={{ margin: '4px 0 0', background: '#fafafa', padding: '6px 10px', borderRadius: 6 }}>
            {e.comment}
          </Typography.Paragraph>
        ) : null}
      </div>
    ),
  });

  return (
    <Card size="small" title={t('filing.progress')} data-testid="filing-progress">
      <Steps
        size="small"
        current={step.current}
        status={step.status}
        items={[{ title: t('filing.stepFill') }, { title: t('filing.stepReview') }, { title: lastTitle }]}
        style={{ marginBottom: 20 }}
      />
      {canReview ? (
        <Flex gap={8} wrap style={{ marginBottom: 20 }}>
          <Button type="primary" onClick={() => setDeciding('approve')} data-testid="filing-approve">
            {t('filingAction.approve')}
          </Button>
          <Button onClick={() => setDeciding('return')} data-testid="filing-return">
            {t('filingAction.return')}
          </Button>
          <Button danger onClick={() => setDeciding('reject')} data-testid="filing-reject">
            {t('filingAction.reject')}
          </Button>
        </Flex>
      ) : null}
      {events.data && events.data.length > 0 ? (
        <Timeline items={[...events.data].reverse().map(item)} data-testid="filing-events" />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={events.isPending ? t('common.loading') : t('filing.noEvents')} />
      )}
      <FilingDecisionModal organisation={o} action={deciding} onClose={() => setDeciding(null)} />
    </Card>
  );
}
