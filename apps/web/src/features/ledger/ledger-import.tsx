import { UploadOutlined } from '@ant-design/icons';
import { Button, Form, Modal, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { StationPick } from '../../app/components/station-pick.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useImportAvailable } from '../imports/imports-api.ts';

const ImportModal = lazy(async () => ({ default: (await import('../imports/import-modal.tsx')).ImportModal }));

/** 导入台账: first which station's ledger the file is, then the reusable import dialog (kind `ledger`). */
export function LedgerImport({ onImported }: { onImported: () => void }) {
  const t = useT();
  const available = useImportAvailable('ledger', true);
  const [picking, setPicking] = useState(false);
  const [stationId, setStationId] = useState<string | undefined>(undefined);
  const [importing, setImporting] = useState<string | null>(null);
  if (!available.data) return null;
  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setPicking(true)} data-testid="import-ledger">
        {t('ledgerPage.import')}
      </Button>
      <Modal
        open={picking}
        title={t('ledgerPage.import')}
        onCancel={() => setPicking(false)}
        okText={t('ledgerPage.next')}
        cancelText={t('common.cancel')}
        okButtonProps={{ disabled: !stationId, ...({ 'data-testid': 'ledger-import-next' } as object) }}
        onOk={() => {
          setPicking(false);
          setImporting(stationId ?? null);
        }}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('ledgerPage.importHint')}</Typography.Paragraph>
        <Form layout="vertical">
          <Form.Item label={t('label.stationId')} required>
            <StationPick value={stationId} onChange={setStationId} allowClear={false} data-testid="ledger-import-station" />
          </Form.Item>
        </Form>
      </Modal>
      {importing ? (
        <Suspense fallback={null}>
          <ImportModal
            kind="ledger"
            name={t('ledgerPage.ledgerName')}
            options={{ stationId: importing }}
            onClose={() => setImporting(null)}
            onImported={onImported}
          />
        </Suspense>
      ) : null}
    </>
  );
}
