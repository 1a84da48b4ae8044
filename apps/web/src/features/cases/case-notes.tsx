import { ClockCircleOutlined, DeleteOutlined, EditOutlined, EnvironmentOutlined } from '@ant-design/icons';
import type { CaseDetail, CaseNote } from '@shegong/contracts';
import { App, Button, Card, Empty, Flex, Popconfirm, Tag, Typography } from 'antd';
import { useApiError } from '../../app/api/use-api-error.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useDeleteNote } from './cases-api.ts';

const KIND_COLORS: Record<CaseNote['kind'], string> = { note: 'default', visit: 'blue', service: 'green', resource: 'purple' };

/** 介入 records, newest first: visits, services, resources linked and plain notes. Authors correct their own. */
export function CaseNotes({ detail, onEdit }: { detail: CaseDetail; onEdit: (note: CaseNote) => void }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const remove = useDeleteNote();
  if (detail.notes.length === 0)
    return <Empty description={detail.noteCount > 0 ? t('cases.notesHidden', { count: detail.noteCount }) : t('cases.noNotes')} />;
  const notes = [...detail.notes].sort((a, b) => b.occurredOn.localeCompare(a.occurredOn) || b.createdAt.localeCompare(a.createdAt));
  return (
    <Flex vertical gap={10} data-testid="case-notes">
      {notes.map((n) => (
        <Card key={n.id} size="small" className="sg-note" data-testid="case-note">
          <Flex justify="space-between" gap={8} align="flex-start">
            <Flex gap={6} wrap align="center">
              <Tag color={KIND_COLORS[n.kind]} style={{ marginInlineEnd: 0 }}>
                {t(`case.noteKind.${n.kind}`)}
              </Tag>
              <Typography.Text strong>{n.occurredOn}</Typography.Text>
              {n.mode ? <Typography.Text>{t(`case.mode.${n.mode}`)}</Typography.Text> : null}
              {n.place ? (
                <Typography.Text type="secondary">
                  <EnvironmentOutlined /> {n.place}
                </Typography.Text>
              ) : null}
              {n.durationMinutes ? (
                <Typography.Text type="secondary">
                  <ClockCircleOutlined /> {t('cases.minutesN', { n: n.durationMinutes })}
                </Typography.Text>
              ) : null}
              {n.serviceType ? <Tag style={{ marginInlineEnd: 0 }}>{n.serviceType}</Tag> : null}
            </Flex>
            {n.allowedActions.includes('update') ? (
              <Flex gap={2}>
                <Button
                  type="text"
                  size="small"
                  icon={<EditOutlined />}
                  onClick={() => onEdit(n)}
                  aria-label={t('common.edit')}
                  data-testid="case-note-edit"
                />
                <Popconfirm
                  title={t('cases.deleteNoteConfirm')}
                  onConfirm={() =>
                    remove.mutate(n, { onSuccess: () => message.success(t('cases.noteDeleted')), onError: (e) => showError(e) })
                  }
                >
                  <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} />
                </Popconfirm>
              </Flex>
            ) : null}
          </Flex>
          <Typography.Paragraph
            style={{ margin: '6px 0 2px', whiteSpace: 'pre-wrap' }}
            ellipsis={{ rows: 4, expandable: true, symbol: t('clients.more') }}
          >
            {n.content}
          </Typography.Paragraph>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {n.authorName} · {n.createdAt.slice(0, 16).replace('T', ' ')}
          </Typography.Text>
        </Card>
      ))}
    </Flex>
  );
}
