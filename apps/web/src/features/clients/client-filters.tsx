import { ReloadOutlined } from '@ant-design/icons';
import type { ClientListQuery as Filters } from '@shegong/contracts';
import { Button, Col, Input, InputNumber, Row, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useMe } from '../../app/auth/me-context.tsx';
import { RegionTreeSelect } from '../../app/components/region-tree-select.tsx';
import { StationPick } from '../../app/components/station-pick.tsx';
import type { FilterChanges } from '../../app/components/use-list-params.ts';
import { WorkerSelect } from '../../app/components/worker-select.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { riskOptions, useCategoryOptions } from './client-labels.tsx';

type Props = { value: Filters; onChange: (changes: FilterChanges<Filters>) => void; onReset: () => void };

export function ClientFilters({ value, onChange, onReset }: Props) {
  const t = useT();
  const me = useMe();
  const categories = useCategoryOptions();
  const [keyword, setKeyword] = useState(value.q ?? '');
  useEffect(() => setKeyword(value.q ?? ''), [value.q]);
  const age = (key: 'ageFrom' | 'ageTo', placeholder: string) => (
    <InputNumber
      min={0}
      max={150}
      precision={0}
      placeholder={placeholder}
      value={value[key] ? Number(value[key]) : null}
      onChange={(v) => onChange({ [key]: v === null ? undefined : String(v) })}
      style={{ width: '50%' }}
      data-testid={`client-filter-${key}`}
    />
  );
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }} className="sg-filter-bar">
      <Col xs={24} md={12} xl={8}>
        <Input.Search
          allowClear
          placeholder={t('clients.searchPlaceholder')}
          value={keyword}
          onChange={(e) => setKeyword(e.target.value)}
          onSearch={(q) => onChange({ q: q.trim() || undefined })}
          data-testid="client-search"
        />
      </Col>
      <Col xs={24} md={12} xl={5}>
        <RegionTreeSelect
          value={value.regionCode}
          onChange={(regionCode) => onChange({ regionCode })}
          placeholder={t('clients.regionFilter')}
          data-testid="client-filter-region"
        />
      </Col>
      <Col xs={12} md={8} xl={5}>
        <StationPick
          value={value.stationId}
          onChange={(stationId) => onChange({ stationId })}
          anyOrganisation={!me.scope.organisationId}
          placeholder={t('label.stationId')}
          data-testid="client-filter-station"
        />
      </Col>
      <Col xs={12} md={8} xl={6}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: '100%' }}
          placeholder={t('label.category')}
          options={categories}
          value={value.category}
          onChange={(category?: string) => onChange({ category })}
          popupMatchSelectWidth={false}
          data-testid="client-filter-category"
        />
      </Col>
      <Col xs={12} md={8} xl={4}>
        <Select
          allowClear
          style={{ width: '100%' }}
          placeholder={t('label.riskLevel')}
          options={riskOptions(t)}
          value={value.riskLevel}
          onChange={(riskLevel?: string) => onChange({ riskLevel })}
          data-testid="client-filter-risk"
        />
      </Col>
      <Col xs={12} md={8} xl={6}>
        <WorkerSelect
          organisationId={me.scope.organisationId ?? undefined}
          value={value.workerId}
          onChange={(workerId) => onChange({ workerId })}
          data-testid="client-filter-worker"
        />
      </Col>
      <Col xs={24} md={8} xl={6}>
        <Space.Compact style={{ width: '100%' }}>
          {age('ageFrom', t('label.ageFrom'))}
          {age('ageTo', t('label.ageTo'))}
        </Space.Compact>
      </Col>
      <Col xs={24} md={8} xl={3}>
        <Button icon={<ReloadOutlined />} onClick={onReset} block>
          {t('common.reset')}
        </Button>
      </Col>
    </Row>
  );
}
