import type { WorkerListQuery as Filters } from '@shegong/contracts';
import { useMe } from '../../app/auth/me-context.tsx';
import { FilterBar, FilterSearch, FilterSelect } from '../../app/components/filter-bar.tsx';
import { FilterOrganisation } from '../../app/components/filter-pickers.tsx';
import type { FilterChanges } from '../../app/components/use-list-params.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { educationStateOptions, levelOptions, registrationStatusOptions } from './worker-labels.tsx';

type Props = { value: Filters; onChange: (changes: FilterChanges<Filters>) => void; onReset: () => void };

export function WorkerFilters({ value, onChange, onReset }: Props) {
  const t = useT();
  const me = useMe();
  const ownOrganisation = Boolean(me.scope.organisationId);
  const choice = { xs: 12, sm: 12, md: 6, xl: 5 };
  return (
    <FilterBar onReset={onReset} resetSpan={{ xs: 24, sm: 12, md: 6, xl: 3 }}>
      <FilterSearch
        label={t('workers.searchPlaceholder')}
        span={{ xs: 24, md: 12, xl: ownOrganisation ? 9 : 8 }}
        value={value.q}
        onSearch={(q) => onChange({ q })}
        testId="worker-search"
      />
      {ownOrganisation ? null : (
        <FilterOrganisation
          label={t('label.organisationId')}
          placeholder={t('organisation.choose')}
          span={{ xs: 24, md: 12, xl: 6 }}
          value={value.organisationId}
          onChange={(organisationId) => onChange({ organisationId })}
        />
      )}
      <FilterSelect
        label={t('label.qualificationLevel')}
        span={choice}
        options={levelOptions(t)}
        value={value.qualificationLevel}
        onChange={(qualificationLevel) => onChange({ qualificationLevel })}
        testId="worker-filter-qualificationLevel"
      />
      <FilterSelect
        label={t('label.registrationStatus')}
        span={choice}
        options={registrationStatusOptions(t)}
        value={value.registrationStatus}
        onChange={(registrationStatus) => onChange({ registrationStatus })}
        testId="worker-filter-registrationStatus"
      />
      <FilterSelect
        label={t('label.educationState')}
        span={choice}
        options={educationStateOptions(t)}
        value={value.educationState}
        onChange={(educationState) => onChange({ educationState })}
        testId="worker-filter-educationState"
      />
      <FilterSelect
        label={t('label.isActive')}
        span={{ xs: 12, sm: 12, md: 6, xl: 4 }}
        options={[
          { value: 'true', label: t('workers.active') },
          { value: 'false', label: t('workers.left') },
        ]}
        value={value.isActive}
        onChange={(isActive) => onChange({ isActive })}
        testId="worker-filter-isActive"
      />
    </FilterBar>
  );
}
