import { ReloadOutlined } from '@ant-design/icons';
import type { CaseListQuery as Filters } from '@shegong/contracts';
import { Button, Checkbox, Col, Input, Row, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useMe } from '../../app/auth/me-context.tsx';
import { StationPick } from '../../app/components/station-pick.tsx';
import type { FilterChanges } from '../../app/components/use-list-params.ts';
import { WorkerSelect } from '../../app/components/worker-select.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { approvalOptions, caseRiskOptions, stageOptions } from './case-labels.tsx';

type Props = { value: Filters; onChange: (changes: FilterChanges<Filters>) => void; onReset: () => void };

export function CaseFilters({ value, onChange, onReset }: Props) {
  const t = useT();
  const me = useMe();
  const [keyword, setKeyword] = useState(value.q ?? '');
  useEffect(() => setKeyword(value.q ?? ''), [value.q]);
  const select = (key: 'stage' | 'approval' | 'riskLevel', placeholder: string, options: { value: string; label: string }[]) => (
    <Select
      allowClear
      style={{ width: '100%' }}
      placeholder={placeholder}
      options={options}
      value={value[key]}
      onChange={(v?: string) => onChange({ [key]: v })}
      popupMatchSelectWidth={false}
      data-testid={`case-filter-${key}`}
    />
  );
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }} align="middle">
      <Col xs={24} md={12} xl={7}>
        <Input.Search
          allowClear
          placeholder={t('cases.searchPlaceholder')}
          value={keyword}
          onChange={(e) => setKeyword(e.target.value)}
          onSearch={(q) => onChange({ q: q.trim() || undefined })}
          data-testid="case-search"
        />
      </Col>
      <Col xs={12} md={6} xl={3}>
        {select('stage', t('label.stage'), stageOptions(t))}
      </Col>
      <Col xs={12} md={6} xl={3}>
        {select('approval', t('label.approval'), approvalOptions(t))}
      </Col>
      <Col xs={12} md={6} xl={3}>
        {select('riskLevel', t('label.riskLevel'), caseRiskOptions(t))}
      </Col>
      <Col xs={12} md={9} xl={4}>
        <WorkerSelect
          organisationId={me.scope.organisationId ?? undefined}
          value={value.workerId}
          onChange={(workerId) => onChange({ workerId })}
        />
      </Col>
      <Col xs={24} md={9} xl={4}>
        <StationPick
          value={value.stationId}
          onChange={(stationId) => onChange({ stationId })}
          anyOrganisation={!me.scope.organisationId}
          placeholder={t('label.stationId')}
        />
      </Col>
      <Col xs={12} md={12} xl={4}>
        <Checkbox
          checked={value.overdue === true}
          onChange={(e) => onChange({ overdue: e.target.checked ? 'true' : undefined })}
          data-testid="case-filter-overdue"
        >
          {t('cases.overdueOnly')}
        </Checkbox>
      </Col>
      <Col xs={12} md={6} xl={3}>
        <Button icon={<ReloadOutlined />} onClick={onReset} block>
          {t('common.reset')}
        </Button>
      </Col>
    </Row>
  );
}
