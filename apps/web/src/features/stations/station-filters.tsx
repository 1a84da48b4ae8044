import type { StationListQuery as Filters } from '@shegong/contracts';
import { FilterBar, FilterSearch, FilterSelect } from '../../app/components/filter-bar.tsx';
import { FilterOrganisation, FilterRegion } from '../../app/components/filter-pickers.tsx';
import type { FilterChanges } from '../../app/components/use-list-params.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { statusOptions, tierOptions } from './station-labels.ts';

type Props = { value: Filters; onChange: (changes: FilterChanges<Filters>) => void; onReset: () => void };

export function StationFilters({ value, onChange, onReset }: Props) {
  const t = useT();
  return (
    <FilterBar onReset={onReset}>
      <FilterSearch
        label={t('stations.searchPlaceholder')}
        span={{ xs: 24, sm: 12, lg: 8, xl: 5 }}
        value={value.q}
        onSearch={(q) => onChange({ q })}
        testId="station-search"
      />
      <FilterSelect
        label={t('label.tier')}
        span={{ xs: 12, sm: 12, lg: 8, xl: 4 }}
        options={tierOptions(t)}
        value={value.tier}
        onChange={(tier) => onChange({ tier })}
      />
      <FilterSelect
        label={t('common.status')}
        span={{ xs: 12, sm: 12, lg: 8, xl: 3 }}
        options={statusOptions(t)}
        value={value.status}
        onChange={(status) => onChange({ status })}
      />
      <FilterRegion
        label={t('label.regionCode')}
        span={{ xs: 24, sm: 12, lg: 8, xl: 5 }}
        value={value.regionCode}
        onChange={(regionCode) => onChange({ regionCode })}
      />
      <FilterOrganisation
        label={t('label.organisationId')}
        span={{ xs: 24, sm: 12, lg: 8, xl: 5 }}
        value={value.organisationId}
        onChange={(organisationId) => onChange({ organisationId })}
      />
    </FilterBar>
  );
}
