import type { CatalogueQuery } from '@shegong/contracts';
import { FilterBar, FilterSearch, FilterSelect } from '../../app/components/filter-bar.tsx';
import type { FilterChanges, ListQueryOf } from '../../app/components/use-list-params.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useServiceAreas } from './catalogue-api.ts';
import { catalogueStatusOptions, yearOptions } from './catalogue-labels.tsx';

type Filters = ListQueryOf<typeof CatalogueQuery>;
type Props = { value: Filters; onChange: (changes: FilterChanges<Filters>) => void; onReset: () => void };

export function CatalogueFilters({ value, onChange, onReset }: Props) {
  const t = useT();
  const areas = useServiceAreas();
  return (
    <FilterBar onReset={onReset} resetSpan={{ xs: 24, sm: 12, lg: 8, xl: 4 }}>
      <FilterSearch
        label={t('catalogue.searchPlaceholder')}
        span={{ xs: 24, sm: 12, lg: 8, xl: 7 }}
        value={value.q}
        onSearch={(q) => onChange({ q })}
        testId="catalogue-search"
      />
      <FilterSelect
        label={t('label.year')}
        span={{ xs: 12, sm: 12, lg: 8, xl: 4 }}
        options={yearOptions()}
        value={value.year === undefined ? undefined : String(value.year)}
        onChange={(year) => onChange({ year })}
        testId="catalogue-year-filter"
      />
      <FilterSelect
        label={t('common.status')}
        span={{ xs: 12, sm: 12, lg: 8, xl: 4 }}
        options={catalogueStatusOptions(t)}
        value={value.status}
        onChange={(status) => onChange({ status })}
        testId="catalogue-status-filter"
      />
      <FilterSelect
        label={t('label.serviceArea')}
        span={{ xs: 24, sm: 12, lg: 8, xl: 5 }}
        options={areas}
        value={value.serviceArea}
        onChange={(serviceArea) => onChange({ serviceArea })}
        searchable
        testId="catalogue-area-filter"
      />
    </FilterBar>
  );
}
