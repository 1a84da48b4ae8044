import type { User } from '@shegong/contracts';
import { Button, Space, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType, TablePaginationConfig } from 'antd/es/table';
import dayjs from 'dayjs';
import { useIsMobile } from '../../app/components/use-is-mobile.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { canResetPassword } from './users-api.ts';

type Props = {
  items: User[];
  loading: boolean;
  pagination: TablePaginationConfig;
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
  onToggle: (user: User, isDisabled: boolean) => void;
  togglingId: string | null;
};

export function UserTable({ items, loading, pagination, onEdit, onResetPassword, onToggle, togglingId }: Props) {
  const t = useT();
  // Pinned columns would leave almost no room to scroll on a phone.
  const isMobile = useIsMobile();
  const columns: ColumnsType<User> = [
    {
      title: t('label.displayName'),
      dataIndex: 'displayName',
      fixed: isMobile ? undefined : 'left',
      width: 150,
      render: (_, u) => (
        <div>
          <Typography.Text strong>{u.displayName}</Typography.Text>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {u.username}
          </Typography.Text>
        </div>
      ),
    },
    { title: t('label.mobile'), dataIndex: 'mobile', width: 120, render: (v: string | null) => v ?? '—' },
    {
      title: t('label.roles'),
      dataIndex: 'roles',
      width: 220,
      render: (_, u) =>
        u.roles.map((r) => (
          <Tag key={r} color="blue">
            {t(`role.${r}`)}
          </Tag>
        )),
    },
    { title: t('label.regionCode'), dataIndex: 'regionName', width: 120 },
    { title: t('label.organisationId'), dataIndex: 'organisationName', width: 180, ellipsis: true, render: (v: string | null) => v ?? '—' },
    {
      title: t('users.enabled'),
      dataIndex: 'isDisabled',
      width: 70,
      render: (_, u) => (
        <Switch
          size="small"
          checked={!u.isDisabled}
          disabled={!u.allowedActions.includes('update')}
          loading={togglingId === u.id}
          onChange={(checked) => onToggle(u, !checked)}
          data-testid="user-toggle"
        />
      ),
    },
    {
      title: t('users.lastLogin'),
      dataIndex: 'lastLoginAt',
      width: 150,
      responsive: ['xxl'],
      render: (v: string | null) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : '—'),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: isMobile ? undefined : 'right',
      width: 150,
      render: (_, u) => (
        <Space size={4}>
          {u.allowedActions.includes('update') ? (
            <Button type="link" size="small" onClick={() => onEdit(u)} data-testid="user-edit">
              {t('common.edit')}
            </Button>
          ) : null}
          {canResetPassword(u) ? (
            <Button type="link" size="small" onClick={() => onResetPassword(u)} data-testid="user-reset-password">
              {t('users.resetPassword')}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];
  return (
    <Table<User>
      rowKey="id"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={pagination}
      scroll={{ x: 1000 }}
      rowClassName={(u) => (u.isDisabled ? 'sg-row-disabled' : '')}
      data-testid="user-table"
    />
  );
}
