import { PlusOutlined } from '@ant-design/icons';
import type { GroupDetail, GroupSession } from '@shegong/contracts';
import { groupAcceptsSessions } from '@shegong/core';
import { App, Button, Flex, Input, Popconfirm, Space, Table, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useApiError } from '../../app/api/use-api-error.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useRemoveSession } from './groups-api.ts';
import { SessionModal } from './session-modal.tsx';

/** 节次 held, with attendance; each session writes its person-times to the ledger. */
export function GroupSessions({ group: g }: { group: GroupDetail }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const remove = useRemoveSession();
  const [editing, setEditing] = useState<GroupSession | null>(null);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const manage = g.allowedActions.includes('manage');
  const accepts = groupAcceptsSessions(g.phase);
  const openModal = (s: GroupSession | null) => {
    setEditing(s);
    setOpen(true);
  };
  const sessions = [...g.sessions].sort((a, b) => b.sessionNo - a.sessionNo);
  return (
    <Flex vertical gap={12} data-testid="group-sessions">
      {manage ? (
        <div>
          <Tooltip title={accepts ? undefined : t('field.group_sessions_phase')}>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              disabled={!accepts}
              onClick={() => openModal(null)}
              data-testid="group-session-add"
            >
              {t('groups.addSession')}
            </Button>
          </Tooltip>
        </div>
      ) : null}
      <Table<GroupSession>
        rowKey="id"
        size="small"
        dataSource={sessions}
        pagination={false}
        scroll={{ x: 720 }}
        expandable={{
          expandedRowRender: (s) => (
            <Typography.Text>
              {s.attendees.map((a) => a.name).join('、') || '—'}
              {s.notes ? ` · ${s.notes}` : ''}
            </Typography.Text>
          ),
        }}
        columns={[
          { title: t('label.sessionNo'), dataIndex: 'sessionNo', width: 70 },
          { title: t('label.heldOn'), dataIndex: 'heldOn', width: 110 },
          { title: t('label.theme'), dataIndex: 'theme' },
          { title: t('label.facilitatorWorkerId'), dataIndex: 'facilitatorName', width: 100, render: (n: string | null) => n ?? '—' },
          {
            title: t('groups.attended'),
            key: 'att',
            width: 120,
            render: (_, s) => t('groups.attendance', { named: s.attendees.length, extra: s.extraHeadcount }),
          },
          { title: t('label.personTimes'), dataIndex: 'personTimes', width: 90, align: 'right' },
          ...(manage && g.phase !== 'closed'
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 120,
                  render: (_: unknown, s: GroupSession) => (
                    <Space size={4}>
                      <Button type="link" size="small" onClick={() => openModal(s)}>
                        {t('common.edit')}
                      </Button>
                      <Popconfirm
                        title={t('groups.removeSession')}
                        description={
                          <Input size="small" placeholder={t('label.reason')} value={reason} onChange={(e) => setReason(e.target.value)} />
                        }
                        okButtonProps={{ disabled: !reason.trim() }}
                        onConfirm={() =>
                          remove.mutate(
                            { sessionId: s.id, reason: reason.trim() },
                            { onSuccess: () => message.success(t('groups.sessionRemoved')), onError: (e) => showError(e) },
                          )
                        }
                        onOpenChange={() => setReason('')}
                      >
                        <Button type="link" size="small" danger>
                          {t('common.delete')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <SessionModal group={g} session={editing} open={open} onClose={() => setOpen(false)} />
    </Flex>
  );
}
