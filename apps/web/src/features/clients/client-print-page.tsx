import { PrinterOutlined } from '@ant-design/icons';
import type { ClientPrint } from '@shegong/contracts';
import { Button, Skeleton } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useParams } from 'react-router-dom';
import { ErrorResult } from '../../app/components/error-result.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { labelOr, personLine } from './client-labels.tsx';
import { EmptyRow, PrintLists } from './client-print-lists.tsx';
import { useClientPrint } from './clients-api.ts';

/** 一人一档 on A4: no menus, masked as on screen; the server audits the print as a read. */
export function ClientPrintPage() {
  const t = useT();
  const { id } = useParams();
  const print = useClientPrint(id);
  useEffect(() => {
    document.body.classList.add('sg-print-body');
    return () => document.body.classList.remove('sg-print-body');
  }, []);
  if (print.isError) return <ErrorResult error={print.error} onRetry={() => print.refetch()} />;
  if (!print.data) return <Skeleton active paragraph={{ rows: 12 }} style={{ maxWidth: 800, margin: '40px auto' }} />;
  return <PrintSheet data={print.data} t={t} />;
}

function PrintSheet({ data, t }: { data: ClientPrint; t: ReturnType<typeof useT> }) {
  const c = data.client;
  const rows: [string, string][] = [
    [t('label.displayName'), c.name],
    [t('clients.genderAge'), personLine(t, c.gender, c.age) || '—'],
    [t('label.birthDate'), c.birthDate ?? '—'],
    [t(`idType.${c.idType}`), c.idNumberMasked ?? '—'],
    [t('label.mobile'), c.mobileMasked ?? '—'],
    [t('label.address'), c.address],
    [t('clients.station'), c.stationName],
    [t('label.workerId'), c.workerName ?? '—'],
    [t('label.riskLevel'), t(`risk.${c.riskLevel}`)],
    [t('label.tags'), c.tags.join('、') || '—'],
  ];
  return (
    <div className="sg-print" data-testid="client-print-page">
      <div className="sg-print-toolbar">
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="client-print-button">
          {t('clients.print')}
        </Button>
      </div>
      <header className="sg-print-head">
        <h1>{t('clients.printTitle')}</h1>
        <div>
          {t('clients.printMeta', { at: dayjs(data.printedAt).format('YYYY-MM-DD HH:mm'), by: data.printedBy, org: c.organisationName })}
        </div>
      </header>
      <h2>{t('common.basicInfo')}</h2>
      <table className="sg-print-grid">
        <tbody>
          {Array.from({ length: Math.ceil(rows.length / 2) }, (_, i) => rows.slice(i * 2, i * 2 + 2)).map((pair) => (
            <tr key={pair[0]?.[0]}>
              {pair.flatMap(([label, value]) => [<th key={`${label}-l`}>{label}</th>, <td key={`${label}-v`}>{value}</td>])}
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('label.categories')}</h2>
      <table className="sg-print-table">
        <thead>
          <tr>
            <th>{t('clients.category')}</th>
            <th>{t('label.effectiveFrom')}</th>
            <th>{t('label.effectiveTo')}</th>
            <th>{t('label.evidenceFileId')}</th>
          </tr>
        </thead>
        <tbody>
          {c.categories.length === 0 ? <EmptyRow span={4} t={t} /> : null}
          {c.categories.map((h) => (
            <tr key={h.id}>
              <td>{h.name}</td>
              <td>{h.effectiveFrom}</td>
              <td>{h.effectiveTo ?? t('clients.ongoing')}</td>
              <td>{h.evidenceFileId ? t('common.yes') : t('common.no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <PrintLists data={data} t={t} />
      <footer className="sg-print-foot">{data.notice || labelOr(t, 'client.print.notice', '')}</footer>
    </div>
  );
}
