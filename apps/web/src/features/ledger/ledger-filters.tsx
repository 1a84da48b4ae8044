import { ReloadOutlined } from '@ant-design/icons';
import type { LedgerQuery as Filters } from '@shegong/contracts';
import { SERVICE_KINDS } from '@shegong/core';
import { Button, Col, DatePicker, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { useMe } from '../../app/auth/me-context.tsx';
import { RegionTreeSelect } from '../../app/components/region-tree-select.tsx';
import { StationPick } from '../../app/components/station-pick.tsx';
import type { FilterChanges } from '../../app/components/use-list-params.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useCategoryOptions } from '../clients/client-labels.tsx';

type Props = { value: Filters; onChange: (changes: FilterChanges<Filters>) => void; onReset: () => void };

export function LedgerFilters({ value, onChange, onReset }: Props) {
  const t = useT();
  const me = useMe();
  const categories = useCategoryOptions();
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      <Col xs={24} md={12} xl={6}>
        <DatePicker.RangePicker
          style={{ width: '100%' }}
          value={[value.from ? dayjs(value.from) : null, value.to ? dayjs(value.to) : null]}
          onChange={(range) => onChange({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
          allowEmpty={[true, true]}
          presets={[
            { label: t('ledgerPage.thisMonth'), value: [dayjs().startOf('month'), dayjs()] },
            {
              label: t('ledgerPage.lastMonth'),
              value: [dayjs().subtract(1, 'month').startOf('month'), dayjs().subtract(1, 'month').endOf('month')],
            },
            { label: t('ledgerPage.thisYear'), value: [dayjs().startOf('year'), dayjs()] },
          ]}
          data-testid="ledger-filter-period"
        />
      </Col>
      <Col xs={24} md={12} xl={5}>
        <StationPick
          value={value.stationId}
          onChange={(stationId) => onChange({ stationId })}
          anyOrganisation={!me.scope.organisationId}
          placeholder={t('label.stationId')}
          data-testid="ledger-filter-station"
        />
      </Col>
      <Col xs={12} md={8} xl={4}>
        <Select
          allowClear
          style={{ width: '100%' }}
          placeholder={t('label.category')}
          options={categories}
          value={value.category}
          onChange={(category?: string) => onChange({ category })}
          popupMatchSelectWidth={false}
          data-testid="ledger-filter-category"
        />
      </Col>
      <Col xs={12} md={8} xl={3}>
        <Select
          allowClear
          style={{ width: '100%' }}
          placeholder={t('label.kind')}
          options={SERVICE_KINDS.map((k) => ({ value: k, label: t(`ledger.kind.${k}`) }))}
          value={value.kind}
          onChange={(kind?: string) => onChange({ kind })}
          popupMatchSelectWidth={false}
          data-testid="ledger-filter-kind"
        />
      </Col>
      <Col xs={24} md={8} xl={4}>
        <RegionTreeSelect
          value={value.regionCode}
          onChange={(regionCode) => onChange({ regionCode })}
          placeholder={t('label.regionCode')}
        />
      </Col>
      <Col xs={24} md={4} xl={2}>
        <Button icon={<ReloadOutlined />} onClick={onReset} block>
          {t('common.reset')}
        </Button>
      </Col>
    </Row>
  );
}
