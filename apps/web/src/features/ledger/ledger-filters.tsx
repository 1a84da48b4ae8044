import type { LedgerQuery as Filters } from '@shegong/contracts';
import { SERVICE_KINDS } from '@shegong/core';
import dayjs from 'dayjs';
import { FilterBar, FilterDateRange, FilterSelect } from '../../app/components/filter-bar.tsx';
import { FilterRegion, FilterStation } from '../../app/components/filter-pickers.tsx';
import type { FilterChanges } from '../../app/components/use-list-params.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useCategoryOptions } from '../clients/client-labels.tsx';

type Props = { value: Filters; onChange: (changes: FilterChanges<Filters>) => void; onReset: () => void };

export function LedgerFilters({ value, onChange, onReset }: Props) {
  const t = useT();
  const categories = useCategoryOptions();
  return (
    <FilterBar onReset={onReset} resetSpan={{ xs: 24, md: 4, xl: 2 }}>
      <FilterDateRange
        label={t('label.servedOn')}
        span={{ xs: 24, md: 12, xl: 6 }}
        from={value.from}
        to={value.to}
        onChange={(period) => onChange(period)}
        presets={[
          { label: t('ledgerPage.thisMonth'), value: [dayjs().startOf('month'), dayjs()] },
          {
            label: t('ledgerPage.lastMonth'),
            value: [dayjs().subtract(1, 'month').startOf('month'), dayjs().subtract(1, 'month').endOf('month')],
          },
          { label: t('ledgerPage.thisYear'), value: [dayjs().startOf('year'), dayjs()] },
        ]}
        testId="ledger-filter-period"
      />
      <FilterStation
        label={t('label.stationId')}
        span={{ xs: 24, md: 12, xl: 5 }}
        value={value.stationId}
        onChange={(stationId) => onChange({ stationId })}
        testId="ledger-filter-station"
      />
      <FilterSelect
        label={t('label.category')}
        span={{ xs: 12, md: 8, xl: 4 }}
        options={categories}
        value={value.category}
        onChange={(category) => onChange({ category })}
        testId="ledger-filter-category"
      />
      <FilterSelect
        label={t('label.kind')}
        span={{ xs: 12, md: 8, xl: 3 }}
        options={SERVICE_KINDS.map((k) => ({ value: k, label: t(`ledger.kind.${k}`) }))}
        value={value.kind}
        onChange={(kind) => onChange({ kind })}
        testId="ledger-filter-kind"
      />
      <FilterRegion
        label={t('label.regionCode')}
        span={{ xs: 24, md: 8, xl: 4 }}
        value={value.regionCode}
        onChange={(regionCode) => onChange({ regionCode })}
      />
    </FilterBar>
  );
}
