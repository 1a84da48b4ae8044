import type { StationTier } from '@shegong/contracts';
import { Select } from 'antd';
import { useMemo } from 'react';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { PARENT_TIER, parentRegionCode } from './station-labels.ts';
import { useStations } from './stations-api.ts';

type Props = {
  tier?: StationTier;
  regionCode?: string;
  value?: string | null;
  onChange?: (id: string | undefined) => void;
  currentLabel?: string | null;
};

/** Stations of the tier above inside the same district or town, the only valid parents. */
export function ParentStationSelect({ tier, regionCode, value, onChange, currentLabel }: Props) {
  const t = useT();
  const parentTier = tier ? PARENT_TIER[tier] : null;
  const enabled = Boolean(parentTier && regionCode);
  const list = useStations(
    {
      page: 1,
      pageSize: 100,
      tier: parentTier ?? undefined,
      regionCode: enabled && parentTier && regionCode ? parentRegionCode(regionCode, parentTier) : undefined,
    },
    enabled,
  );
  const options = useMemo(() => {
    const items = (list.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }));
    if (value && currentLabel && !items.some((o) => o.value === value)) items.unshift({ value, label: currentLabel });
    return items;
  }, [list.data, value, currentLabel]);

  return (
    <Select
      allowClear
      value={value ?? undefined}
      onChange={(id?: string) => onChange?.(id)}
      options={options}
      loading={list.isFetching}
      disabled={!parentTier}
      placeholder={parentTier ? t('stations.parentPlaceholder', { tier: t(`tier.${parentTier}`) }) : t('stations.noParent')}
      showSearch={{ optionFilterProp: 'label' }}
      notFoundContent={regionCode ? t('common.noData') : t('stations.pickRegionFirst')}
      style={{ width: '100%' }}
    />
  );
}
