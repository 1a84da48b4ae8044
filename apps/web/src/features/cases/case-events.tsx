import type { CaseEvent } from '@shegong/contracts';
import { Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { labelOr } from '../clients/client-labels.tsx';

const COLORS: Record<string, string> = {
  return_plan: 'red',
  return_closure: 'red',
  decline: 'red',
  approve_plan: 'green',
  approve_closure: 'green',
};

/** 流转记录: every transition, who took it and why (audited on the server as well). */
export function CaseEvents({ events }: { events: CaseEvent[] }) {
  const t = useT();
  const items = [...events].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Timeline
      data-testid="case-events"
      items={items.map((e) => ({
        key: e.id,
        color: COLORS[e.action] ?? 'blue',
        content: (
          <div>
            <Typography.Text strong>{labelOr(t, `case.action.${e.action}`, e.action)}</Typography.Text>
            {e.toStage && e.fromStage !== e.toStage ? (
              <Typography.Text type="secondary"> → {t(`case.stage.${e.toStage}`)}</Typography.Text>
            ) : null}
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {dayjs(e.at).format('YYYY-MM-DD HH:mm')} · {e.actorName ?? '—'}
            </Typography.Text>
            {e.comment ? (
              <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>{e.comment}</Typography.Paragraph>
            ) : null}
          </div>
        ),
      }))}
    />
  );
}
