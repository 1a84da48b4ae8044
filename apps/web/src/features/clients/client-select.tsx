import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useDebounced } from '../../app/components/use-debounced.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { personLine } from './client-labels.tsx';
import { useClients } from './clients-api.ts';

type Option = { value: string; label: string };
type Props = {
  value?: string | string[];
  onChange?: (value: string | string[] | undefined) => void;
  multiple?: boolean;
  stationId?: string;
  /** Names of already chosen files, so they show before any search. */
  known?: Option[];
  placeholder?: string;
  disabled?: boolean;
  'data-testid'?: string;
};

/** Client files the caller serves, searched on the server by name, pinyin, initials, ID number or mobile. */
export function ClientSelect({ value, onChange, multiple, stationId, known = [], placeholder, disabled, ...rest }: Props) {
  const t = useT();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim());
  const list = useClients({ page: 1, pageSize: 30, q: q || undefined, stationId });
  const options = useMemo(() => {
    const found = (list.data?.items ?? []).map((c) => ({
      value: c.id,
      label: `${c.name}（${[personLine(t, c.gender, c.age), c.idNumberMasked].filter(Boolean).join(' · ')}）`,
    }));
    const chosen = known.filter((k) => !found.some((f) => f.value === k.value));
    return [...chosen, ...found];
  }, [list.data, known, t]);
  return (
    <Select
      {...rest}
      mode={multiple ? 'multiple' : undefined}
      value={value}
      onChange={(v: string | string[] | undefined) => onChange?.(v)}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      onOpenChange={(open) => !open && setSearch('')}
      loading={list.isFetching}
      placeholder={placeholder ?? t('clients.choose')}
      disabled={disabled}
      allowClear
      style={{ width: '100%' }}
      notFoundContent={t('common.noData')}
    />
  );
}
