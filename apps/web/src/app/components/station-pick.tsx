import { Select } from 'antd';
import { useMemo } from 'react';
import { useStations } from '../../features/stations/stations-api.ts';
import { useMe } from '../auth/me-context.tsx';
import { useT } from '../i18n/i18n-context.tsx';

type Props = {
  value?: string | null;
  onChange?: (id: string | undefined) => void;
  /** Every active station the caller sees, not only its organisation's (referral targets, bureau filters). */
  anyOrganisation?: boolean;
  currentLabel?: string | null;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  'data-testid'?: string;
  /** The accessible name where no visible label names the control (a filter bar). */
  'aria-label'?: string;
};

/** Active stations in the caller's scope: its own organisation's for staff, all for the bureau. */
export function StationPick({ value, onChange, anyOrganisation, currentLabel, placeholder, allowClear = true, disabled, ...rest }: Props) {
  const t = useT();
  const me = useMe();
  const organisationId = anyOrganisation ? undefined : (me.scope.organisationId ?? undefined);
  const list = useStations({ page: 1, pageSize: 200, organisationId, status: 'active' });
  const options = useMemo(() => {
    const items = (list.data?.items ?? []).map((s) => ({
      value: s.id,
      label: anyOrganisation && s.organisationName ? `${s.name} · ${s.organisationName}` : s.name,
    }));
    if (value && currentLabel && !items.some((o) => o.value === value)) items.unshift({ value, label: currentLabel });
    return items;
  }, [list.data, value, currentLabel, anyOrganisation]);
  return (
    <Select
      {...rest}
      value={value ?? undefined}
      onChange={(id?: string) => onChange?.(id)}
      options={options}
      loading={list.isFetching}
      allowClear={allowClear}
      disabled={disabled}
      placeholder={placeholder ?? t('clients.chooseStation')}
      showSearch={{ optionFilterProp: 'label' }}
      popupMatchSelectWidth={false}
      notFoundContent={t('common.noData')}
      style={{ width: '100%' }}
    />
  );
}
