import { Select } from 'antd';
import { useMemo } from 'react';
import { useMe } from '../../app/auth/me-context.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useUsers } from '../users/users-api.ts';

type Props = { value?: string; onChange?: (id: string | undefined) => void };

/** Users of the caller's organisation with the supervisor role (never the caller: nobody signs off their own case). */
export function SupervisorSelect({ value, onChange }: Props) {
  const t = useT();
  const me = useMe();
  const list = useUsers({
    page: 1,
    pageSize: 100,
    role: 'supervisor',
    organisationId: me.scope.organisationId ?? undefined,
    isDisabled: 'false',
  });
  const options = useMemo(
    () => (list.data?.items ?? []).filter((u) => u.id !== me.user.id).map((u) => ({ value: u.id, label: u.displayName })),
    [list.data, me.user.id],
  );
  return (
    <Select
      allowClear
      value={value}
      onChange={(id?: string) => onChange?.(id)}
      options={options}
      loading={list.isFetching}
      placeholder={t('cases.anySupervisor')}
      style={{ width: '100%' }}
      data-testid="case-supervisor"
    />
  );
}
