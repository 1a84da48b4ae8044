import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import type { User } from '@shegong/contracts';
import { UserListQuery } from '@shegong/contracts';
import { ROLES } from '@shegong/core';
import { App, Button, Card, Col, Input, Row, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useApiError } from '../../app/api/use-api-error.ts';
import { useCan } from '../../app/auth/me-context.tsx';
import { ErrorResult } from '../../app/components/error-result.tsx';
import { OrganisationSelect } from '../../app/components/organisation-select.tsx';
import { PageHeader } from '../../app/components/page-header.tsx';
import { RegionTreeSelect } from '../../app/components/region-tree-select.tsx';
import { serverPagination, useListParams } from '../../app/components/use-list-params.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { ResetPasswordModal } from './reset-password-modal.tsx';
import { UserDrawer } from './user-drawer.tsx';
import { UserTable } from './user-table.tsx';
import { useUpdateUser, useUsers } from './users-api.ts';

export function UsersPage() {
  const t = useT();
  const can = useCan();
  const { message } = App.useApp();
  const showError = useApiError();
  const { params, setFilters, setPage, reset } = useListParams(UserListQuery);
  const list = useUsers(params);
  const update = useUpdateUser();
  const [keyword, setKeyword] = useState(params.q ?? '');
  const [editing, setEditing] = useState<User | null>(null);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [resetting, setResetting] = useState<User | null>(null);
  useEffect(() => setKeyword(params.q ?? ''), [params.q]);

  const openEditor = (user: User | null) => {
    setEditing(user);
    setDrawerOpen(true);
  };

  const toggle = (user: User, isDisabled: boolean) =>
    update.mutate(
      { id: user.id, body: { isDisabled, version: user.version } },
      {
        onSuccess: () => message.success(t(isDisabled ? 'users.disabled' : 'users.enabledDone', { name: user.displayName })),
        onError: (e) => showError(e),
      },
    );

  return (
    <>
      <PageHeader
        title={t('menu.users')}
        subtitle={t('users.subtitle')}
        extra={
          can('user.create') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => openEditor(null)} data-testid="user-create">
              {t('users.create')}
            </Button>
          ) : null
        }
      />
      <Card>
        <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
          <Col xs={24} sm={12} lg={8} xl={5}>
            <Input.Search
              allowClear
              placeholder={t('users.searchPlaceholder')}
              value={keyword}
              onChange={(e) => setKeyword(e.target.value)}
              onSearch={(q) => setFilters({ q: q.trim() })}
            />
          </Col>
          <Col xs={12} sm={12} lg={8} xl={4}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('label.roles')}
              options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
              value={params.role}
              onChange={(role?: string) => setFilters({ role })}
              popupMatchSelectWidth={false}
            />
          </Col>
          <Col xs={12} sm={12} lg={8} xl={3}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('common.status')}
              options={[
                { value: 'false', label: t('users.on') },
                { value: 'true', label: t('users.off') },
              ]}
              value={params.isDisabled}
              onChange={(isDisabled?: string) => setFilters({ isDisabled })}
            />
          </Col>
          <Col xs={24} sm={12} lg={8} xl={5}>
            <RegionTreeSelect
              value={params.regionCode}
              onChange={(regionCode) => setFilters({ regionCode })}
              placeholder={t('label.regionCode')}
            />
          </Col>
          <Col xs={24} sm={12} lg={8} xl={5}>
            <OrganisationSelect
              value={params.organisationId}
              onChange={(organisationId) => setFilters({ organisationId })}
              placeholder={t('label.organisationId')}
            />
          </Col>
          <Col xs={24} sm={12} lg={8} xl={2}>
            <Button icon={<ReloadOutlined />} onClick={reset} block>
              {t('common.reset')}
            </Button>
          </Col>
        </Row>
        {list.isError ? (
          <ErrorResult error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <UserTable
            items={list.data?.items ?? []}
            loading={list.isFetching}
            pagination={serverPagination(params, list.data?.total, setPage, (total) => t('common.total', { total }))}
            onEdit={openEditor}
            onResetPassword={setResetting}
            onToggle={toggle}
            togglingId={update.isPending ? (update.variables?.id ?? null) : null}
          />
        )}
      </Card>
      <UserDrawer open={drawerOpen} user={editing} onClose={() => setDrawerOpen(false)} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </>
  );
}
