import type { Organisation } from '@shegong/contracts';
import { AttachmentList } from '../../app/components/attachment-list.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useUpdateOrganisation } from './organisations-api.ts';

/** Filing documents: uploaded for the organisation, then listed on its record at once; downloads are audited. */
export function FilingDocuments({ organisation: o, editable }: { organisation: Organisation; editable?: boolean }) {
  const t = useT();
  const update = useUpdateOrganisation();
  return (
    <AttachmentList
      owner={{ type: 'organisation', id: o.id }}
      documents={o.documents}
      save={(ids) => update.mutateAsync({ id: o.id, body: { documentIds: ids, version: o.version } })}
      editable={editable}
      texts={{
        empty: t('filing.noDocuments'),
        added: (name) => t('filing.documentAdded', { name }),
        remove: (name) => t('filing.removeDocument', { name }),
        upload: t('filing.upload'),
        hint: t('filing.uploadHint'),
      }}
      testIds={{ list: 'filing-documents', link: 'filing-document-link', upload: 'filing-upload' }}
    />
  );
}
