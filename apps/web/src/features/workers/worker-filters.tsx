import { ReloadOutlined } from '@ant-design/icons';
import type { WorkerListQuery as Filters } from '@shegong/contracts';
import { Button, Col, Input, Row, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useMe } from '../../app/auth/me-context.tsx';
import { OrganisationSelect } from '../../app/components/organisation-select.tsx';
import type { FilterChanges } from '../../app/components/use-list-params.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { educationStateOptions, levelOptions, registrationStatusOptions } from './worker-labels.tsx';

type Key = 'q' | 'organisationId' | 'qualificationLevel' | 'registrationStatus' | 'educationState' | 'isActive';
type Props = { value: Filters; onChange: (changes: FilterChanges<Filters>) => void; onReset: () => void };

export function WorkerFilters({ value, onChange, onReset }: Props) {
  const t = useT();
  const me = useMe();
  const ownOrganisation = Boolean(me.scope.organisationId);
  const [keyword, setKeyword] = useState(value.q ?? '');
  useEffect(() => setKeyword(value.q ?? ''), [value.q]);
  const select = (key: Key, placeholder: string, options: { value: string; label: string }[]) => (
    <Select
      allowClear
      style={{ width: '100%' }}
      placeholder={placeholder}
      options={options}
      value={value[key]}
      onChange={(v?: string) => onChange({ [key]: v })}
      popupMatchSelectWidth={false}
      data-testid={`worker-filter-${key}`}
    />
  );
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      <Col xs={24} md={12} xl={ownOrganisation ? 9 : 8}>
        <Input.Search
          allowClear
          placeholder={t('workers.searchPlaceholder')}
          value={keyword}
          onChange={(e) => setKeyword(e.target.value)}
          onSearch={(q) => onChange({ q: q.trim() || undefined })}
          data-testid="worker-search"
        />
      </Col>
      {ownOrganisation ? null : (
        <Col xs={24} md={12} xl={6}>
          <OrganisationSelect value={value.organisationId} onChange={(organisationId) => onChange({ organisationId })} />
        </Col>
      )}
      <Col xs={12} sm={12} md={6} xl={5}>
        {select('qualificationLevel', t('label.qualificationLevel'), levelOptions(t))}
      </Col>
      <Col xs={12} sm={12} md={6} xl={5}>
        {select('registrationStatus', t('label.registrationStatus'), registrationStatusOptions(t))}
      </Col>
      <Col xs={12} sm={12} md={6} xl={5}>
        {select('educationState', t('label.educationState'), educationStateOptions(t))}
      </Col>
      <Col xs={12} sm={12} md={6} xl={4}>
        {select('isActive', t('label.isActive'), [
          { value: 'true', label: t('workers.active') },
          { value: 'false', label: t('workers.left') },
        ])}
      </Col>
      <Col xs={24} sm={12} md={6} xl={3}>
        <Button icon={<ReloadOutlined />} onClick={onReset} block>
          {t('common.reset')}
        </Button>
      </Col>
    </Row>
  );
}
