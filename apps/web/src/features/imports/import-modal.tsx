import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Modal, Popconfirm, Progress, Result, Steps, Typography } from 'antd';
import { useState } from 'react';
import { useApiError } from '../../app/api/use-api-error.ts';
import { useIsMobile } from '../../app/components/use-is-mobile.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { ImportPreview } from './import-preview.tsx';
import { ImportUpload } from './import-upload.tsx';
import { uploadImport, useCommitImport, useImportStatus } from './imports-api.ts';

type Props = { kind: string; name: string; options?: Record<string, string>; onClose: () => void; onImported: () => void };

const STEP: Record<string, number> = { choose: 0, uploading: 0, parsing: 1, ready: 2, failed: 2, committed: 3 };

export function ImportModal({ kind, name, options, onClose, onImported }: Props) {
  const t = useT();
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const client = useQueryClient();
  const showError = useApiError();
  const [importId, setImportId] = useState<string | null>(null);
  const [upload, setUpload] = useState<{ fileName: string; percent: number } | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const status = useImportStatus(importId);
  const commit = useCommitImport();
  const data = status.data;
  const phase = importId ? (data?.status ?? 'parsing') : upload ? 'uploading' : 'choose';

  const start = async (file: File) => {
    setUploadError(null);
    setUpload({ fileName: file.name, percent: 0 });
    try {
      const created = await uploadImport(kind, file, (percent) => setUpload({ fileName: file.name, percent }), options);
      setImportId(created.id);
    } catch (error) {
      setUploadError(error instanceof Error ? error.message : t('common.unknownError'));
      showError(error);
    } finally {
      setUpload(null);
    }
  };

  const restart = () => {
    setImportId(null);
    setUploadError(null);
  };

  const confirm = () => {
    if (!importId) return;
    commit.mutate(importId, {
      onSuccess: (saved) => {
        client.setQueryData(['imports', importId], saved);
        message.success(t('imports.committed', { count: saved.acceptedRows }));
        onImported();
      },
      onError: (e) => showError(e),
    });
  };

  const checking = data && data.totalRows > 0 ? Math.floor((data.processedRows / data.totalRows) * 100) : 0;
  const footer =
    phase === 'ready' && data ? (
      <>
        <Button onClick={restart}>{t('imports.again')}</Button>
        <Popconfirm
          title={t('imports.commitConfirm', { count: data.acceptedRows, rejected: data.rejectedRows })}
          okText={t('imports.commit')}
          cancelText={t('common.cancel')}
          onConfirm={confirm}
          disabled={data.acceptedRows === 0}
        >
          <Button type="primary" loading={commit.isPending} disabled={data.acceptedRows === 0} data-testid="import-commit">
            {t('imports.commit')}
          </Button>
        </Popconfirm>
      </>
    ) : (
      <Button onClick={onClose}>{t(phase === 'committed' ? 'imports.close' : 'common.cancel')}</Button>
    );

  return (
    <Modal
      open
      title={t('imports.title', { name })}
      onCancel={onClose}
      footer={footer}
      width={isMobile ? '100%' : 900}
      mask={{ closable: false }}
      destroyOnHidden
      data-testid="import-modal"
    >
      <Steps
        size="small"
        current={STEP[phase] ?? 0}
        status={phase === 'failed' ? 'error' : undefined}
        style={{ margin: '8px 0 20px' }}
        items={[
          { title: t('imports.stepUpload') },
          { title: t('imports.stepCheck') },
          { title: t('imports.stepPreview') },
          { title: t('imports.stepDone') },
        ]}
      />
      {phase === 'choose' ? <ImportUpload kind={kind} name={name} error={uploadError} onFile={start} /> : null}
      {phase === 'uploading' && upload ? (
        <div data-testid="import-uploading">
          <Typography.Text>{t('imports.uploading', { name: upload.fileName })}</Typography.Text>
          <Progress percent={upload.percent} status="active" />
        </div>
      ) : null}
      {phase === 'parsing' ? (
        <div data-testid="import-checking">
          <Typography.Text>{t('imports.checking', { processed: data?.processedRows ?? 0, total: data?.totalRows ?? 0 })}</Typography.Text>
          <Progress percent={checking} status="active" />
        </div>
      ) : null}
      {phase === 'failed' ? (
        <Result
          status="error"
          title={t('imports.failed')}
          subTitle={data?.error}
          extra={<Button onClick={restart}>{t('imports.again')}</Button>}
        />
      ) : null}
      {phase === 'ready' && data ? <ImportPreview status={data} name={name} /> : null}
      {phase === 'committed' && data ? (
        <Result status="success" title={t('imports.committed', { count: data.acceptedRows })} data-testid="import-done" />
      ) : null}
    </Modal>
  );
}
