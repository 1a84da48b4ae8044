import type { AuditEntry } from '@shegong/contracts';
import { AuditQuery } from '@shegong/contracts';
import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { ListPage } from '../../app/components/list-page.tsx';
import { useListParams } from '../../app/components/use-list-params.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useAudit } from './audit-api.ts';
import { AuditFilters } from './audit-filters.tsx';
import { AuditResultTag } from './audit-result-tag.tsx';

function prettyDetails(details: string | null): string {
  if (!details) return '';
  try {
    return JSON.stringify(JSON.parse(details), null, 2);
  } catch {
    return details;
  }
}

export function AuditPage() {
  const t = useT();
  const { params, setFilters, setPage, reset } = useListParams(AuditQuery);
  const list = useAudit(params);

  const columns: ColumnsType<AuditEntry> = [
    { title: t('audit.at'), dataIndex: 'at', width: 170, render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm:ss') },
    {
      title: t('audit.user'),
      dataIndex: 'username',
      width: 150,
      render: (_, e) => (
        <div>
          {e.username ?? '—'}
          {e.role ? (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {e.role}
            </Typography.Text>
          ) : null}
        </div>
      ),
    },
    { title: t('audit.action'), dataIndex: 'action', width: 240, render: (v: string) => <code>{v}</code> },
    {
      title: t('audit.object'),
      key: 'object',
      width: 220,
      render: (_, e) =>
        e.objectType ? (
          <span>
            {e.objectType}
            {e.objectId ? (
              <Typography.Text type="secondary" copyable={{ text: e.objectId }} style={{ display: 'block', fontSize: 12 }} ellipsis>
                {e.objectId}
              </Typography.Text>
            ) : null}
          </span>
        ) : (
          '—'
        ),
    },
    { title: t('audit.result'), dataIndex: 'result', width: 90, render: (_, e) => <AuditResultTag result={e.result} /> },
    { title: 'IP', dataIndex: 'ip', width: 130, render: (v: string | null) => v ?? '—' },
  ];

  return (
    <ListPage
      title={t('menu.audit')}
      subtitle={t('audit.subtitle')}
      filters={<AuditFilters value={params} onChange={setFilters} onReset={reset} />}
      list={list}
      paging={params}
      onPage={setPage}
      table={({ items, loading, pagination }) => (
        <Table<AuditEntry>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={items}
          loading={loading}
          pagination={pagination}
          scroll={{ x: 1000 }}
          expandable={{
            rowExpandable: (e) => Boolean(e.details),
            expandedRowRender: (e) => <pre style={{ margin: 0, whiteSpace: 'pre-wrap', fontSize: 12 }}>{prettyDetails(e.details)}</pre>,
          }}
          data-testid="audit-table"
        />
      )}
    />
  );
}
