import { ReloadOutlined } from '@ant-design/icons';
import type { ProjectListQuery as Filters } from '@shegong/contracts';
import { Button, Checkbox, Col, Flex, Input, Row, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useMe } from '../../app/auth/me-context.tsx';
import { OrganisationSelect } from '../../app/components/organisation-select.tsx';
import { RegionTreeSelect } from '../../app/components/region-tree-select.tsx';
import type { FilterChanges } from '../../app/components/use-list-params.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { projectStatusOptions } from './project-labels.tsx';

type Props = { value: Filters; onChange: (changes: FilterChanges<Filters>) => void; onReset: () => void };

export function ProjectFilters({ value, onChange, onReset }: Props) {
  const t = useT();
  const me = useMe();
  const [keyword, setKeyword] = useState(value.q ?? '');
  useEffect(() => setKeyword(value.q ?? ''), [value.q]);
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }} align="middle">
      <Col xs={24} sm={12} lg={8} xl={6}>
        <Input.Search
          allowClear
          placeholder={t('projects.searchPlaceholder')}
          value={keyword}
          onChange={(e) => setKeyword(e.target.value)}
          onSearch={(q) => onChange({ q: q.trim() || undefined })}
          data-testid="project-search"
        />
      </Col>
      <Col xs={12} sm={12} lg={8} xl={3}>
        <Select
          allowClear
          style={{ width: '100%' }}
          placeholder={t('common.status')}
          options={projectStatusOptions(t)}
          value={value.status}
          onChange={(status?: string) => onChange({ status })}
          popupMatchSelectWidth={false}
          data-testid="project-status-filter"
        />
      </Col>
      <Col xs={12} sm={12} lg={8} xl={4}>
        <RegionTreeSelect
          value={value.regionCode}
          onChange={(regionCode) => onChange({ regionCode })}
          levels={[2, 3, 4]}
          placeholder={t('projects.buyerRegion')}
        />
      </Col>
      {me.scope.organisationId ? null : (
        <Col xs={24} sm={12} lg={8} xl={4}>
          <OrganisationSelect
            value={value.organisationId}
            onChange={(organisationId) => onChange({ organisationId })}
            placeholder={t('projects.provider')}
          />
        </Col>
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
      <Col xs={24} sm={12} lg={4} xl={2}>
        <Button icon={<ReloadOutlined />} onClick={onReset} block>
          {t('common.reset')}
        </Button>
      </Col>
    </Row>
  );
}
