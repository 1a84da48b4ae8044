import { ReloadOutlined } from '@ant-design/icons';
import type { CatalogueQuery } from '@shegong/contracts';
import { Button, Col, Input, Row, Select } from 'antd';
import { useEffect, useState } from 'react';
import type { FilterChanges, ListQueryOf } from '../../app/components/use-list-params.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useServiceAreas } from './catalogue-api.ts';
import { catalogueStatusOptions, yearOptions } from './catalogue-labels.tsx';

type Filters = ListQueryOf<typeof CatalogueQuery>;
type Props = { value: Filters; onChange: (changes: FilterChanges<Filters>) => void; onReset: () => void };

export function CatalogueFilters({ value, onChange, onReset }: Props) {
  const t = useT();
  const areas = useServiceAreas();
  const [keyword, setKeyword] = useState(value.q ?? '');
  useEffect(() => setKeyword(value.q ?? ''), [value.q]);
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      <Col xs={24} sm={12} lg={8} xl={7}>
        <Input.Search
          allowClear
          placeholder={t('catalogue.searchPlaceholder')}
          value={keyword}
          onChange={(e) => setKeyword(e.target.value)}
          onSearch={(q) => onChange({ q: q.trim() || undefined })}
          data-testid="catalogue-search"
        />
      </Col>
      <Col xs={12} sm={12} lg={8} xl={4}>
        <Select
          allowClear
          style={{ width: '100%' }}
          placeholder={t('label.year')}
          options={yearOptions()}
          value={value.year === undefined ? undefined : String(value.year)}
          onChange={(year?: string) => onChange({ year })}
          data-testid="catalogue-year-filter"
        />
      </Col>
      <Col xs={12} sm={12} lg={8} xl={4}>
        <Select
          allowClear
          style={{ width: '100%' }}
          placeholder={t('common.status')}
          options={catalogueStatusOptions(t)}
          value={value.status}
          onChange={(status?: string) => onChange({ status })}
          data-testid="catalogue-status-filter"
        />
      </Col>
      <Col xs={24} sm={12} lg={8} xl={5}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: '100%' }}
          placeholder={t('label.serviceArea')}
          options={areas}
          value={value.serviceArea}
          onChange={(serviceArea?: string) => onChange({ serviceArea })}
          data-testid="catalogue-area-filter"
        />
      </Col>
      <Col xs={24} sm={12} lg={8} xl={4}>
        <Button icon={<ReloadOutlined />} onClick={onReset} block>
          {t('common.reset')}
        </Button>
      </Col>
    </Row>
  );
}
