import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useOrganisations } from '../../features/organisations/organisations-api.ts';
import { useT } from '../i18n/i18n-context.tsx';
import { useDebounced } from './use-debounced.ts';

type Props = {
  value?: string | null;
  onChange?: (id: string | undefined) => void;
  /** The current value's name, so an existing record shows it before any search. */
  currentLabel?: string | null;
  placeholder?: string;
  disabled?: boolean;
  allowClear?: boolean;
  'data-testid'?: string;
  /** The accessible name where no visible label names the control (a filter bar). */
  'aria-label'?: string;
};

/** Organisations in the caller's scope, searched on the server by name or pinyin. */
export function OrganisationSelect({ value, onChange, currentLabel, placeholder, disabled, allowClear = true, ...rest }: Props) {
  const t = useT();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim());
  const list = useOrganisations({ page: 1, pageSize: 50, q: q || undefined });

  const options = useMemo(() => {
    const items = (list.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }));
    if (value && currentLabel && !items.some((o) => o.value === value)) items.unshift({ value, label: currentLabel });
    return items;
  }, [list.data, value, currentLabel]);

  return (
    <Select
      {...rest}
      value={value ?? undefined}
      onChange={(id: string | undefined) => onChange?.(id)}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      onOpenChange={(open) => !open && setSearch('')}
      loading={list.isFetching}
      placeholder={placeholder ?? t('organisation.choose')}
      disabled={disabled}
      allowClear={allowClear}
      style={{ width: '100%' }}
      notFoundContent={t('common.noData')}
    />
  );
}
