import type { CaseListQuery as Filters } from '@shegong/contracts';
import { Checkbox, Col } from 'antd';
import { FilterBar, FilterSearch, FilterSelect } from '../../app/components/filter-bar.tsx';
import { FilterStation, FilterWorker } from '../../app/components/filter-pickers.tsx';
import type { FilterChanges } from '../../app/components/use-list-params.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { approvalOptions, caseRiskOptions, stageOptions } from './case-labels.tsx';

type Props = { value: Filters; onChange: (changes: FilterChanges<Filters>) => void; onReset: () => void };

export function CaseFilters({ value, onChange, onReset }: Props) {
  const t = useT();
  const narrow = { xs: 12, md: 6, xl: 3 };
  return (
    <FilterBar onReset={onReset} resetSpan={{ xs: 12, md: 6, xl: 3 }} align="middle">
      <FilterSearch
        label={t('cases.searchPlaceholder')}
        span={{ xs: 24, md: 12, xl: 7 }}
        value={value.q}
        onSearch={(q) => onChange({ q })}
        testId="case-search"
      />
      <FilterSelect
        label={t('label.stage')}
        span={narrow}
        options={stageOptions(t)}
        value={value.stage}
        onChange={(stage) => onChange({ stage })}
        testId="case-filter-stage"
      />
      <FilterSelect
        label={t('label.approval')}
        span={narrow}
        options={approvalOptions(t)}
        value={value.approval}
        onChange={(approval) => onChange({ approval })}
        testId="case-filter-approval"
      />
      <FilterSelect
        label={t('label.riskLevel')}
        span={narrow}
        options={caseRiskOptions(t)}
        value={value.riskLevel}
        onChange={(riskLevel) => onChange({ riskLevel })}
        testId="case-filter-riskLevel"
      />
      <FilterWorker
        label={t('label.workerId')}
        span={{ xs: 12, md: 9, xl: 4 }}
        value={value.workerId}
        onChange={(workerId) => onChange({ workerId })}
      />
      <FilterStation
        label={t('label.stationId')}
        span={{ xs: 24, md: 9, xl: 4 }}
        value={value.stationId}
        onChange={(stationId) => onChange({ stationId })}
      />
      <Col xs={12} md={12} xl={4}>
        <Checkbox
          checked={value.overdue === true}
          onChange={(e) => onChange({ overdue: e.target.checked ? 'true' : undefined })}
          data-testid="case-filter-overdue"
        >
          {t('cases.overdueOnly')}
        </Checkbox>
      </Col>
    </FilterBar>
  );
}
