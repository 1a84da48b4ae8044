import type { ProjectListQuery as Filters } from '@shegong/contracts';
import { Checkbox, Col, Flex } from 'antd';
import { useMe } from '../../app/auth/me-context.tsx';
import { FilterBar, FilterSearch, FilterSelect } from '../../app/components/filter-bar.tsx';
import { FilterOrganisation, FilterRegion } from '../../app/components/filter-pickers.tsx';
import type { FilterChanges } from '../../app/components/use-list-params.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { projectStatusOptions } from './project-labels.tsx';

type Props = { value: Filters; onChange: (changes: FilterChanges<Filters>) => void; onReset: () => void };

export function ProjectFilters({ value, onChange, onReset }: Props) {
  const t = useT();
  const me = useMe();
  return (
    <FilterBar onReset={onReset} resetSpan={{ xs: 24, sm: 12, lg: 4, xl: 2 }} align="middle">
      <FilterSearch
        label={t('projects.searchPlaceholder')}
        span={{ xs: 24, sm: 12, lg: 8, xl: 6 }}
        value={value.q}
        onSearch={(q) => onChange({ q })}
        testId="project-search"
      />
      <FilterSelect
        label={t('common.status')}
        span={{ xs: 12, sm: 12, lg: 8, xl: 3 }}
        options={projectStatusOptions(t)}
        value={value.status}
        onChange={(status) => onChange({ status })}
        testId="project-status-filter"
      />
      <FilterRegion
        label={t('projects.buyerRegion')}
        span={{ xs: 12, sm: 12, lg: 8, xl: 4 }}
        value={value.regionCode}
        onChange={(regionCode) => onChange({ regionCode })}
        levels={[2, 3, 4]}
      />
      {me.scope.organisationId ? null : (
        <FilterOrganisation
          label={t('projects.provider')}
          span={{ xs: 24, sm: 12, lg: 8, xl: 4 }}
          value={value.organisationId}
          onChange={(organisationId) => onChange({ organisationId })}
        />
      )}
      <Col xs={24} sm={12} lg={12} xl={5}>
        <Flex gap={12} wrap>
          <Checkbox
            checked={value.pace === 'behind'}
            onChange={(e) => onChange({ pace: e.target.checked ? 'behind' : undefined })}
            data-testid="project-behind-filter"
          >
            {t('projects.onlyBehind')}
          </Checkbox>
          <Checkbox
            checked={value.personnelBelow === 'true'}
            onChange={(e) => onChange({ personnelBelow: e.target.checked ? 'true' : undefined })}
            data-testid="project-personnel-filter"
          >
            {t('projects.onlyPersonnelBelow')}
          </Checkbox>
        </Flex>
      </Col>
    </FilterBar>
  );
}
