import {
  CalendarOutlined,
  FileAddOutlined,
  FileDoneOutlined,
  FolderOpenOutlined,
  HomeOutlined,
  SafetyCertificateOutlined,
  TagOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { TimelineEntry, TimelineKind } from '@shegong/contracts';
import { Alert, Empty, Flex, Skeleton, Tag, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { ErrorResult } from '../../app/components/error-result.tsx';
import { type TFunction, useT } from '../../app/i18n/i18n-context.tsx';
import { labelOr } from './client-labels.tsx';
import { useTimeline } from './clients-api.ts';

const LOOK: Record<TimelineKind, { color: string; icon: ReactNode }> = {
  file_created: { color: 'gray', icon: <FileAddOutlined /> },
  case_opened: { color: 'blue', icon: <FolderOpenOutlined /> },
  case_closed: { color: 'green', icon: <FileDoneOutlined /> },
  case_note: { color: 'blue', icon: <HomeOutlined /> },
  group_session: { color: 'purple', icon: <TeamOutlined /> },
  activity: { color: 'cyan', icon: <CalendarOutlined /> },
  service: { color: 'geekblue', icon: <CalendarOutlined /> },
  category_added: { color: 'orange', icon: <TagOutlined /> },
  category_ended: { color: 'gray', icon: <TagOutlined /> },
  consent_given: { color: 'green', icon: <SafetyCertificateOutlined /> },
  consent_withdrawn: { color: 'red', icon: <SafetyCertificateOutlined /> },
};

function titleOf(t: TFunction, e: TimelineEntry): string {
  if (e.kind === 'consent_given' || e.kind === 'consent_withdrawn') return labelOr(t, `consent.purpose.${e.title}`, e.title);
  return e.title;
}

/** 时间线: everything about the person, newest first; what the caller may not read is only counted. */
export function ClientTimelineTab({ clientId }: { clientId: string }) {
  const t = useT();
  const timeline = useTimeline(clientId);
  if (timeline.isError) return <ErrorResult error={timeline.error} onRetry={() => timeline.refetch()} />;
  if (!timeline.data) return <Skeleton active paragraph={{ rows: 8 }} />;
  const { items, hidden } = timeline.data;
  return (
    <Flex vertical gap={12} data-testid="client-timeline">
      {hidden > 0 ? <Alert type="info" showIcon title={t('clients.timelineHidden', { count: hidden })} /> : null}
      {items.length === 0 ? (
        <Empty description={t('common.noData')} />
      ) : (
        <Timeline
          style={{ marginTop: 8 }}
          items={items.map((e, i) => ({
            key: `${e.kind}-${e.refId ?? i}-${e.on}`,
            color: LOOK[e.kind].color,
            icon: LOOK[e.kind].icon,
            content: (
              <div data-testid="timeline-entry">
                <Flex gap={8} align="center" wrap>
                  <Typography.Text type="secondary" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {e.on}
                  </Typography.Text>
                  <Tag color={LOOK[e.kind].color === 'gray' ? 'default' : LOOK[e.kind].color} style={{ marginInlineEnd: 0 }}>
                    {t(`client.timeline.${e.kind}`)}
                  </Tag>
                  {e.caseId ? (
                    <Link to={`/cases/${e.caseId}`}>{titleOf(t, e)}</Link>
                  ) : (
                    <Typography.Text strong>{titleOf(t, e)}</Typography.Text>
                  )}
                </Flex>
                {e.detail ? (
                  <Typography.Paragraph
                    type="secondary"
                    style={{ margin: '2px 0 0' }}
                    ellipsis={{ rows: 2, expandable: true, symbol: t('clients.more') }}
                  >
                    {e.detail}
                  </Typography.Paragraph>
                ) : null}
              </div>
            ),
          }))}
        />
      )}
    </Flex>
  );
}
