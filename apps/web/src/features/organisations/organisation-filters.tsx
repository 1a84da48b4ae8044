import type { OrganisationListQuery as Filters } from '@shegong/contracts';
import { FilterBar, FilterSearch, FilterSelect } from '../../app/components/filter-bar.tsx';
import { FilterRegion } from '../../app/components/filter-pickers.tsx';
import type { FilterChanges } from '../../app/components/use-list-params.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { filingStatusOptions, gradeOptions } from './filing-labels.tsx';
import { typeOptions } from './organisation-labels.ts';

type Props = {
  value: Filters;
  onChange: (changes: FilterChanges<Filters>) => void;
  onReset: () => void;
  /** The review queue fixes the filing status. */
  hideStatus?: boolean;
};

export function OrganisationFilters({ value, onChange, onReset, hideStatus }: Props) {
  const t = useT();
  const narrow = { xs: 12, sm: 12, lg: 8, xl: 4 };
  return (
    <FilterBar onReset={onReset} resetSpan={{ xs: 24, sm: 12, lg: 8, xl: 3 }}>
      <FilterSearch
        label={t('organisation.searchPlaceholder')}
        span={{ xs: 24, sm: 12, lg: 8, xl: 6 }}
        value={value.q}
        onSearch={(q) => onChange({ q })}
        testId="organisation-search"
      />
      {hideStatus ? null : (
        <FilterSelect
          label={t('label.filingStatus')}
          span={narrow}
          options={filingStatusOptions(t)}
          value={value.filingStatus}
          onChange={(filingStatus) => onChange({ filingStatus })}
          testId="organisation-filing-filter"
        />
      )}
      <FilterSelect
        label={t('label.grade')}
        span={{ xs: 12, sm: 12, lg: 8, xl: 3 }}
        options={gradeOptions()}
        value={value.grade}
        onChange={(grade) => onChange({ grade })}
      />
      <FilterSelect
        label={t('label.type')}
        span={narrow}
        options={typeOptions(t)}
        value={value.type}
        onChange={(type) => onChange({ type })}
      />
      <FilterRegion
        label={t('label.regionCode')}
        span={narrow}
        value={value.regionCode}
        onChange={(regionCode) => onChange({ regionCode })}
      />
    </FilterBar>
  );
}
