import { ShareAltOutlined } from '@ant-design/icons';
import type { ShareRequestTask } from '@shegong/contracts';
import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useCan } from '../../app/auth/me-context.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { TaskCard } from '../tasks/task-card.tsx';
import { type Answerable, ShareAnswerModal } from './share-answer-modal.tsx';

/** On "today": requests to share a file the caller's side holds, each answered in place. */
export function ShareRequestTaskCard({ items }: { items: ShareRequestTask[] }) {
  const t = useT();
  const can = useCan();
  const [answering, setAnswering] = useState<{ request: Answerable; accept: boolean } | null>(null);
  const answerable = (i: ShareRequestTask): Answerable => ({ ...i, id: i.requestId });
  return (
    <>
      <TaskCard
        title={t('shareRequests.today')}
        icon={<ShareAltOutlined />}
        color="#08979c"
        items={items}
        empty={t('shareRequests.todayNone')}
        testId="today-share-requests"
        itemKey={(i) => i.requestId}
        render={(i) => (
          <Flex justify="space-between" align="center" gap={8} wrap style={{ width: '100%' }}>
            <div style={{ minWidth: 0, flex: '1 1 220px' }}>
              <Link to={`/clients/${i.clientId}`}>
                <Typography.Text strong>{i.clientName}</Typography.Text>
              </Link>
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {i.fromOrganisationName} · {i.fromStationName}
              </Typography.Text>
              <Typography.Paragraph style={{ margin: 0, fontSize: 13 }} ellipsis={{ rows: 2 }}>
                {i.message}
              </Typography.Paragraph>
            </div>
            {can('share_request.respond') ? (
              <Flex gap={4}>
                <Button size="small" type="primary" onClick={() => setAnswering({ request: answerable(i), accept: true })}>
                  {t('shareRequests.accept')}
                </Button>
                <Button size="small" danger onClick={() => setAnswering({ request: answerable(i), accept: false })}>
                  {t('shareRequests.decline')}
                </Button>
              </Flex>
            ) : null}
          </Flex>
        )}
      />
      <ShareAnswerModal request={answering?.request ?? null} accept={answering?.accept ?? true} onClose={() => setAnswering(null)} />
    </>
  );
}
