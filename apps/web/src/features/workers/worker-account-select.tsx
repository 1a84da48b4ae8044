import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { api } from '../../app/api/client.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';

type Props = { organisationId: string; value?: string | null; onChange?: (id: string | null) => void };

/** The worker's own sign-in account (a social-worker user of the same organisation), for check-ins and self-service. */
export function WorkerAccountSelect({ organisationId, value, onChange }: Props) {
  const t = useT();
  const users = useQuery({
    queryKey: ['users', 'list', { organisationId, role: 'worker', pageSize: 200 }],
    queryFn: () => api.get('/api/users', { params: { query: { organisationId, role: 'worker', pageSize: 200 } } }),
  });
  return (
    <Select
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      value={value ?? undefined}
      onChange={(id?: string) => onChange?.(id ?? null)}
      loading={users.isFetching}
      placeholder={t('workers.accountPlaceholder')}
      options={(users.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }))}
      notFoundContent={t('common.noData')}
      data-testid="worker-account"
    />
  );
}
