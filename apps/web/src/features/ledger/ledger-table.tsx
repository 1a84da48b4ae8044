import type { LedgerEntry } from '@shegong/contracts';
import { Table, Tag, Typography } from 'antd';
import type { TablePaginationConfig } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { useT } from '../../app/i18n/i18n-context.tsx';

const KIND_COLORS = { case_visit: 'blue', case_service: 'cyan', group_session: 'purple', activity: 'orange', imported: 'default' } as const;
type Props = { items: LedgerEntry[]; loading: boolean; pagination: TablePaginationConfig; personTimes: number | undefined };

/** 服务台账 lines, masked by the server per role: ID and mobile always, names for the bureau. */
export function LedgerTable({ items, loading, pagination, personTimes }: Props) {
  const t = useT();
  return (
    <Table<LedgerEntry>
      rowKey="id"
      size="small"
      dataSource={items}
      loading={loading}
      pagination={pagination}
      scroll={{ x: 1380 }}
      data-testid="ledger-table"
      summary={() =>
        personTimes === undefined ? null : (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={8}>
              <Typography.Text strong>{t('ledgerPage.filteredTotal')}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={8} align="right">
              <Typography.Text strong data-testid="ledger-total-person-times">
                {personTimes}
              </Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={9} colSpan={2} />
          </Table.Summary.Row>
        )
      }
      columns={[
        { title: t('ledger.col.servedOn'), dataIndex: 'servedOn', width: 105, fixed: 'left' },
        {
          title: t('label.kind'),
          dataIndex: 'kind',
          width: 95,
          render: (k: LedgerEntry['kind']) => <Tag color={KIND_COLORS[k]}>{t(`ledger.kind.${k}`)}</Tag>,
        },
        {
          title: t('ledger.col.name'),
          key: 'name',
          width: 120,
          render: (_, e) =>
            e.name ? (
              <div>
                {e.clientId ? <Link to={`/clients/${e.clientId}`}>{e.name}</Link> : e.name}
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {[e.gender ? t(`ledger.gender.${e.gender}`) : null, e.age === null ? null : t('clients.age', { age: e.age })]
                    .filter(Boolean)
                    .join(' · ')}
                </Typography.Text>
              </div>
            ) : (
              <Typography.Text type="secondary">{t('ledger.unnamed')}</Typography.Text>
            ),
        },
        {
          title: t('ledger.col.idNumber'),
          dataIndex: 'idNumber',
          width: 170,
          render: (v: string | null) => <code data-testid="ledger-id">{v ?? '—'}</code>,
        },
        { title: t('ledger.col.mobile'), dataIndex: 'mobile', width: 115, render: (v: string | null) => <code>{v ?? '—'}</code> },
        {
          title: t('ledger.col.community'),
          dataIndex: 'communityName',
          width: 140,
          ellipsis: true,
          render: (v: string | null) => v ?? '—',
        },
        {
          title: t('ledger.col.categories'),
          dataIndex: 'categories',
          width: 150,
          render: (cs: LedgerEntry['categories']) => cs.map((c) => c.name).join('、') || '—',
        },
        {
          title: t('ledger.col.service'),
          key: 'service',
          width: 220,
          ellipsis: true,
          render: (_, e) => [e.serviceType, e.content].filter(Boolean).join(' / ') || '—',
        },
        { title: t('ledger.col.personTimes'), dataIndex: 'personTimes', width: 90, align: 'right' },
        { title: t('ledger.col.worker'), dataIndex: 'workerName', width: 90, render: (v: string | null) => v ?? '—' },
        { title: t('ledger.col.station'), dataIndex: 'stationName', width: 150, ellipsis: true },
      ]}
    />
  );
}
