import type { ClientPrint } from '@shegong/contracts';
import type { useT } from '../../app/i18n/i18n-context.tsx';
import { labelOr } from './client-labels.tsx';

type T = ReturnType<typeof useT>;

/** The lists of the A4 file: household, consents, cases and the services received. */
export function PrintLists({ data, t }: { data: ClientPrint; t: T }) {
  const c = data.client;
  return (
    <>
      <h2>{t('label.household')}</h2>
      <table className="sg-print-table">
        <thead>
          <tr>
            <th>{t('label.displayName')}</th>
            <th>{t('label.relation')}</th>
            <th>{t('label.birthDate')}</th>
            <th>{t('label.mobile')}</th>
          </tr>
        </thead>
        <tbody>
          {c.household.length === 0 ? <EmptyRow span={4} t={t} /> : null}
          {c.household.map((m) => (
            <tr key={m.id}>
              <td>{m.name}</td>
              <td>{labelOr(t, `relation.${m.relation}`, m.relation)}</td>
              <td>{m.birthDate ?? '—'}</td>
              <td>{m.mobileMasked ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('label.consent')}</h2>
      <table className="sg-print-table">
        <thead>
          <tr>
            <th>{t('label.purpose')}</th>
            <th>{t('label.givenBy')}</th>
            <th>{t('label.givenOn')}</th>
            <th>{t('label.withdrawnOn')}</th>
          </tr>
        </thead>
        <tbody>
          {c.consents.length === 0 ? <EmptyRow span={4} t={t} /> : null}
          {c.consents.map((x) => (
            <tr key={x.id}>
              <td>{labelOr(t, `consent.purpose.${x.purpose}`, x.purpose)}</td>
              <td>{x.givenBy === 'guardian' ? `${t('consent.givenBy.guardian')} ${x.guardianName ?? ''}` : t('consent.givenBy.self')}</td>
              <td>{x.givenOn}</td>
              <td>{x.withdrawnOn ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('clients.tabCases')}</h2>
      <table className="sg-print-table">
        <thead>
          <tr>
            <th>{t('cases.caseNo')}</th>
            <th>{t('label.stage')}</th>
            <th>{t('label.intakeOn')}</th>
            <th>{t('cases.closedOn')}</th>
            <th>{t('cases.worker')}</th>
          </tr>
        </thead>
        <tbody>
          {data.cases.length === 0 ? <EmptyRow span={5} t={t} /> : null}
          {data.cases.map((k) => (
            <tr key={k.caseNo}>
              <td>{k.caseNo}</td>
              <td>{t(`case.stage.${k.stage}`)}</td>
              <td>{k.intakeOn}</td>
              <td>{k.closedOn ?? '—'}</td>
              <td>
                {k.workerName ?? '—'} · {k.stationName}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('clients.printServices', { from: data.services.from, to: data.services.to })}</h2>
      <table className="sg-print-table">
        <thead>
          <tr>
            <th>{t('label.kind')}</th>
            <th>{t('label.personTimes')}</th>
          </tr>
        </thead>
        <tbody>
          {data.services.byKind.map((k) => (
            <tr key={k.kind}>
              <td>{t(`ledger.kind.${k.kind}`)}</td>
              <td>{k.personTimes}</td>
            </tr>
          ))}
          <tr className="sg-print-total">
            <td>{t('ledger.total')}</td>
            <td>{data.services.personTimes}</td>
          </tr>
        </tbody>
      </table>
    </>
  );
}

export function EmptyRow({ span, t }: { span: number; t: T }) {
  return (
    <tr>
      <td colSpan={span} className="sg-print-empty">
        {t('common.none')}
      </td>
    </tr>
  );
}
