import type { User } from '@shegong/contracts';
import { UserListQuery } from '@shegong/contracts';
import { ROLES } from '@shegong/core';
import { App } from 'antd';
import { useState } from 'react';
import { useApiError } from '../../app/api/use-api-error.ts';
import { useCan } from '../../app/auth/me-context.tsx';
import { FilterBar, FilterSearch, FilterSelect } from '../../app/components/filter-bar.tsx';
import { FilterOrganisation, FilterRegion } from '../../app/components/filter-pickers.tsx';
import { ListPage } from '../../app/components/list-page.tsx';
import { useListParams } from '../../app/components/use-list-params.ts';
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
  const [editing, setEditing] = useState<User | null>(null);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [resetting, setResetting] = useState<User | null>(null);

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
    <ListPage
      title={t('menu.users')}
      subtitle={t('users.subtitle')}
      create={can('user.create') && { label: t('users.create'), onClick: () => openEditor(null), testId: 'user-create' }}
      filters={
        <FilterBar onReset={reset}>
          <FilterSearch
            label={t('users.searchPlaceholder')}
            span={{ xs: 24, sm: 12, lg: 8, xl: 5 }}
            value={params.q}
            onSearch={(q) => setFilters({ q })}
          />
          <FilterSelect
            label={t('label.roles')}
            span={{ xs: 12, sm: 12, lg: 8, xl: 4 }}
            options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
            value={params.role}
            onChange={(role) => setFilters({ role })}
          />
          <FilterSelect
            label={t('common.status')}
            span={{ xs: 12, sm: 12, lg: 8, xl: 3 }}
            options={[
              { value: 'false', label: t('users.on') },
              { value: 'true', label: t('users.off') },
            ]}
            value={params.isDisabled}
            onChange={(isDisabled) => setFilters({ isDisabled })}
          />
          <FilterRegion
            label={t('label.regionCode')}
            span={{ xs: 24, sm: 12, lg: 8, xl: 5 }}
            value={params.regionCode}
            onChange={(regionCode) => setFilters({ regionCode })}
          />
          <FilterOrganisation
            label={t('label.organisationId')}
            span={{ xs: 24, sm: 12, lg: 8, xl: 5 }}
            value={params.organisationId}
            onChange={(organisationId) => setFilters({ organisationId })}
          />
        </FilterBar>
      }
      list={list}
      paging={params}
      onPage={setPage}
      table={(table) => (
        <UserTable
          {...table}
          onEdit={openEditor}
          onResetPassword={setResetting}
          onToggle={toggle}
          togglingId={update.isPending ? (update.variables?.id ?? null) : null}
        />
      )}
    >
      <UserDrawer open={drawerOpen} user={editing} onClose={() => setDrawerOpen(false)} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </ListPage>
  );
}
