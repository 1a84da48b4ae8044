import { UserAddOutlined } from '@ant-design/icons';
import type { GroupDetail } from '@shegong/contracts';
import { groupAcceptsMembers } from '@shegong/core';
import { App, Button, Flex, Popconfirm, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useApiError } from '../../app/api/use-api-error.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { ClientSelect } from '../clients/client-select.tsx';
import { useAddMembers, useMemberLeave } from './groups-api.ts';

type Member = GroupDetail['members'][number];

/** 组员: who joined and when; members join and leave until the group starts ending. */
export function GroupMembers({ group: g }: { group: GroupDetail }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const add = useAddMembers();
  const leave = useMemberLeave();
  const [picked, setPicked] = useState<string[]>([]);
  const editable = g.allowedActions.includes('manage') && groupAcceptsMembers(g.phase);
  const join = () =>
    add.mutate(
      { id: g.id, clientIds: picked },
      {
        onSuccess: () => {
          message.success(t('groups.membersAdded', { count: picked.length }));
          setPicked([]);
        },
        onError: (e) => showError(e),
      },
    );
  return (
    <Flex vertical gap={12} data-testid="group-members">
      {editable ? (
        <Flex gap={8} wrap>
          <div style={{ flex: 1, minWidth: 240 }}>
            <ClientSelect
              multiple
              stationId={undefined}
              value={picked}
              onChange={(v) => setPicked((v as string[]) ?? [])}
              placeholder={t('groups.pickMembers')}
              data-testid="group-member-pick"
            />
          </div>
          <Button
            type="primary"
            icon={<UserAddOutlined />}
            disabled={picked.length === 0}
            loading={add.isPending}
            onClick={join}
            data-testid="group-member-add"
          >
            {t('groups.addMembers')}
          </Button>
        </Flex>
      ) : null}
      <Table<Member>
        rowKey="clientId"
        size="small"
        dataSource={g.members}
        pagination={false}
        columns={[
          { title: t('label.displayName'), dataIndex: 'name', render: (n: string, m) => <Link to={`/clients/${m.clientId}`}>{n}</Link> },
          { title: t('label.joinedOn'), dataIndex: 'joinedOn' },
          {
            title: t('common.status'),
            dataIndex: 'leftOn',
            render: (d: string | null) =>
              d ? <Tag>{t('groups.leftOn', { date: d })}</Tag> : <Tag color="green">{t('groups.inGroup')}</Tag>,
          },
          ...(editable
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 90,
                  render: (_: unknown, m: Member) =>
                    m.leftOn ? null : (
                      <Popconfirm
                        title={t('groups.leaveConfirm', { name: m.name })}
                        onConfirm={() => leave.mutate({ id: g.id, clientId: m.clientId }, { onError: (e) => showError(e) })}
                      >
                        <Button type="link" size="small" danger>
                          {t('groups.leave')}
                        </Button>
                      </Popconfirm>
                    ),
                },
              ]
            : []),
        ]}
      />
    </Flex>
  );
}
