import { ReloadOutlined } from '@ant-design/icons';
import type { StationListQuery as Filters } from '@shegong/contracts';
import { Button, Col, Input, Row, Select } from 'antd';
import { useEffect, useState } from 'react';
import { OrganisationSelect } from '../../app/components/organisation-select.tsx';
import { RegionTreeSelect } from '../../app/components/region-tree-select.tsx';
import type { FilterChanges } from '../../app/components/use-list-params.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { statusOptions, tierOptions } from './station-labels.ts';

type Props = { value: Filters; onChange: (changes: FilterChanges<Filters>) => void; onReset: () => void };

export function StationFilters({ value, onChange, onReset }: Props) {
  const t = useT();
  const [keyword, setKeyword] = useState(value.q ?? '');
  useEffect(() => setKeyword(value.q ?? ''), [value.q]);

  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      <Col xs={24} sm={12} lg={8} xl={5}>
        <Input.Search
          allowClear
          placeholder={t('stations.searchPlaceholder')}
          value={keyword}
          onChange={(e) => setKeyword(e.target.value)}
          onSearch={(q) => onChange({ q: q.trim() || undefined })}
          data-testid="station-search"
        />
      </Col>
      <Col xs={12} sm={12} lg={8} xl={4}>
        <Select
          allowClear
          style={{ width: '100%' }}
          placeholder={t('label.tier')}
          options={tierOptions(t)}
          value={value.tier}
          onChange={(tier?: string) => onChange({ tier })}
        />
      </Col>
      <Col xs={12} sm={12} lg={8} xl={3}>
        <Select
          allowClear
          style={{ width: '100%' }}
          placeholder={t('common.status')}
          options={statusOptions(t)}
          value={value.status}
          onChange={(status?: string) => onChange({ status })}
        />
      </Col>
      <Col xs={24} sm={12} lg={8} xl={5}>
        <RegionTreeSelect
          value={value.regionCode}
          onChange={(regionCode) => onChange({ regionCode })}
          placeholder={t('label.regionCode')}
        />
      </Col>
      <Col xs={24} sm={12} lg={8} xl={5}>
        <OrganisationSelect
          value={value.organisationId}
          onChange={(organisationId) => onChange({ organisationId })}
          placeholder={t('label.organisationId')}
        />
      </Col>
      <Col xs={24} sm={12} lg={8} xl={2}>
        <Button icon={<ReloadOutlined />} onClick={onReset} block>
          {t('common.reset')}
        </Button>
      </Col>
    </Row>
  );
}
