import { UploadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useImportAvailable } from './imports-api.ts';

const ImportModal = lazy(async () => ({ default: (await import('./import-modal.tsx')).ImportModal }));

type Props = {
  /** The server's import kind: organisations, workers … */
  kind: string;
  /** What is imported, for the title and file names (社工机构). */
  name: string;
  /** Called after rows were written, to refresh the list. */
  onImported: () => void;
  /** Upload options the kind declares (sent as query parameters). */
  options?: Record<string, string>;
};

/** 导入 Excel: template, upload with progress, a checked preview, then one commit. Hidden when the server has no such import. */
export function ImportButton({ kind, name, onImported, options }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const available = useImportAvailable(kind, true);
  if (!available.data) return null;
  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)} data-testid={`import-${kind}`}>
        {t('imports.button')}
      </Button>
      {open ? (
        <Suspense fallback={null}>
          <ImportModal kind={kind} name={name} options={options} onClose={() => setOpen(false)} onImported={onImported} />
        </Suspense>
      ) : null}
    </>
  );
}
