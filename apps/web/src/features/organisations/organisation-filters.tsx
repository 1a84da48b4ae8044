import { ReloadOutlined } from '@ant-design/icons';
import type { OrganisationListQuery as Filters } from '@shegong/contracts';
import { Button, Col, Input, Row, Select } from 'antd';
import { useEffect, useState } from 'react';
import { RegionTreeSelect } from '../../app/components/region-tree-select.tsx';
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
  const [keyword, setKeyword] = useState(value.q ?? '');
  useEffect(() => setKeyword(value.q ?? ''), [value.q]);
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      <Col xs={24} sm={12} lg={8} xl={6}>
        <Input.Search
          allowClear
          placeholder={t('organisation.searchPlaceholder')}
          value={keyword}
          onChange={(e) => setKeyword(e.target.value)}
          onSearch={(q) => onChange({ q: q.trim() || undefined })}
          data-testid="organisation-search"
        />
      </Col>
      {hideStatus ? null : (
        <Col xs={12} sm={12} lg={8} xl={4}>
          <Select
            allowClear
            style={{ width: '100%' }}
            placeholder={t('label.filingStatus')}
            options={filingStatusOptions(t)}
            value={value.filingStatus}
            onChange={(filingStatus?: string) => onChange({ filingStatus })}
            data-testid="organisation-filing-filter"
          />
        </Col>
      )}
      <Col xs={12} sm={12} lg={8} xl={3}>
        <Select
          allowClear
          style={{ width: '100%' }}
          placeholder={t('label.grade')}
          options={gradeOptions()}
          value={value.grade}
          onChange={(grade?: string) => onChange({ grade })}
        />
      </Col>
      <Col xs={12} sm={12} lg={8} xl={4}>
        <Select
          allowClear
          style={{ width: '100%' }}
          placeholder={t('label.type')}
          options={typeOptions(t)}
          value={value.type}
          onChange={(type?: string) => onChange({ type })}
          popupMatchSelectWidth={false}
        />
      </Col>
      <Col xs={12} sm={12} lg={8} xl={4}>
        <RegionTreeSelect
          value={value.regionCode}
          onChange={(regionCode) => onChange({ regionCode })}
          placeholder={t('label.regionCode')}
        />
      </Col>
      <Col xs={24} sm={12} lg={8} xl={3}>
        <Button icon={<ReloadOutlined />} onClick={onReset} block>
          {t('common.reset')}
        </Button>
      </Col>
    </Row>
  );
}
