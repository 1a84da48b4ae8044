import type { Project } from '@shegong/contracts';
import { useCan } from '../../app/auth/me-context.tsx';
import { AttachmentList } from '../../app/components/attachment-list.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useUpdateProject } from './projects-api.ts';

/** 项目文件: the contract, plans and evaluation reports; the buyer uploads and removes them, both parties download. */
export function DocumentsTab({ project: p }: { project: Project }) {
  const t = useT();
  const update = useUpdateProject();
  const can = useCan();
  return (
    <AttachmentList
      owner={{ type: 'project', id: p.id }}
      documents={p.documents}
      save={(ids) => update.mutateAsync({ id: p.id, body: { documentIds: ids, version: p.version } })}
      // Attaching needs the buyer's right on the project and the right to upload at all.
      editable={p.allowedActions.includes('manage') && can('file.upload')}
      texts={{
        empty: t('projects.noDocuments'),
        added: (name) => t('projects.documentAdded', { name }),
        remove: (name) => t('projects.removeDocument', { name }),
        upload: t('projects.uploadDocument'),
        hint: t('projects.documentHint'),
      }}
      emptyImage
      testIds={{ list: 'project-documents', link: 'project-document-link', upload: 'project-document-upload' }}
    />
  );
}
