import type { ClientListQuery as Filters } from '@shegong/contracts';
import { Col, InputNumber, Space } from 'antd';
import { FilterBar, FilterSearch, FilterSelect } from '../../app/components/filter-bar.tsx';
import { FilterRegion, FilterStation, FilterWorker } from '../../app/components/filter-pickers.tsx';
import type { FilterChanges } from '../../app/components/use-list-params.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { riskOptions, useCategoryOptions } from './client-labels.tsx';

type Props = { value: Filters; onChange: (changes: FilterChanges<Filters>) => void; onReset: () => void };

export function ClientFilters({ value, onChange, onReset }: Props) {
  const t = useT();
  const categories = useCategoryOptions();
  const age = (key: 'ageFrom' | 'ageTo', label: string) => (
    <InputNumber
      min={0}
      max={150}
      precision={0}
      aria-label={label}
      placeholder={label}
      value={value[key] ?? null}
      onChange={(v) => onChange({ [key]: v ?? undefined })}
      style={{ width: '50%' }}
      data-testid={`client-filter-${key}`}
    />
  );
  return (
    <FilterBar onReset={onReset} resetSpan={{ xs: 24, md: 8, xl: 3 }}>
      <FilterSearch
        label={t('clients.searchPlaceholder')}
        span={{ xs: 24, md: 12, xl: 8 }}
        value={value.q}
        onSearch={(q) => onChange({ q })}
        testId="client-search"
      />
      <FilterRegion
        label={t('clients.regionFilter')}
        span={{ xs: 24, md: 12, xl: 5 }}
        value={value.regionCode}
        onChange={(regionCode) => onChange({ regionCode })}
        testId="client-filter-region"
      />
      <FilterStation
        label={t('label.stationId')}
        span={{ xs: 12, md: 8, xl: 5 }}
        value={value.stationId}
        onChange={(stationId) => onChange({ stationId })}
        testId="client-filter-station"
      />
      <FilterSelect
        label={t('label.category')}
        span={{ xs: 12, md: 8, xl: 6 }}
        options={categories}
        value={value.category}
        onChange={(category) => onChange({ category })}
        searchable
        testId="client-filter-category"
      />
      <FilterSelect
        label={t('label.riskLevel')}
        span={{ xs: 12, md: 8, xl: 4 }}
        options={riskOptions(t)}
        value={value.riskLevel}
        onChange={(riskLevel) => onChange({ riskLevel })}
        testId="client-filter-risk"
      />
      <FilterWorker
        label={t('label.workerId')}
        span={{ xs: 12, md: 8, xl: 6 }}
        value={value.workerId}
        onChange={(workerId) => onChange({ workerId })}
        testId="client-filter-worker"
      />
      <Col xs={24} md={8} xl={6}>
        <Space.Compact style={{ width: '100%' }}>
          {age('ageFrom', t('label.ageFrom'))}
          {age('ageTo', t('label.ageTo'))}
        </Space.Compact>
      </Col>
    </FilterBar>
  );
}
