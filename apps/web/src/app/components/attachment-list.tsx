import { DeleteOutlined, PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Empty, Flex, Popconfirm, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useApiError } from '../api/use-api-error.ts';
import { useT } from '../i18n/i18n-context.tsx';
import { type StoredFile, UploadButton } from './upload-button.tsx';

export type Attachment = { id: string; name: string; size?: number };

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

type Props = {
  /** The record the documents belong to (the upload's owner). */
  owner: { type: string; id: string };
  documents: Attachment[];
  /** Saves the record's list of document ids (adding or removing one). */
  save: (ids: string[]) => Promise<unknown>;
  editable?: boolean;
  texts: { empty: string; added: (name: string) => string; remove: (name: string) => string; upload: string; hint?: string };
  /** A picture for an empty list instead of a line of text. */
  emptyImage?: boolean;
  testIds: { list: string; link: string; upload: string };
};

/**
 * The documents of a record: each one a download (audited by the server), removable when the
 * record is editable, and an upload that stores the file and adds it to the record at once.
 */
export function AttachmentList({ owner, documents, save, editable, texts, emptyImage, testIds }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const ids = documents.map((d) => d.id);

  const added = async (file: StoredFile) => {
    await save([...ids, file.id]);
    message.success(texts.added(file.name));
  };
  const remove = (doc: Attachment) => save(ids.filter((id) => id !== doc.id)).catch((error: unknown) => showError(error));

  let empty: ReactNode = null;
  if (documents.length === 0) {
    empty = emptyImage ? (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={texts.empty} />
    ) : (
      <Typography.Text type="secondary">{texts.empty}</Typography.Text>
    );
  }
  return (
    <Flex vertical gap={8} data-testid={testIds.list}>
      {empty}
      {documents.map((doc) => (
        <Flex key={doc.id} align="center" gap={8} className="sg-file-row">
          <PaperClipOutlined style={{ color: '#8c8c8c' }} />
          <a href={`/api/files/${doc.id}`} download={doc.name} data-testid={testIds.link}>
            {doc.name}
          </a>
          {doc.size === undefined ? null : (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {fileSize(doc.size)}
            </Typography.Text>
          )}
          {editable ? (
            <Popconfirm
              title={texts.remove(doc.name)}
              onConfirm={() => remove(doc)}
              okText={t('common.delete')}
              cancelText={t('common.cancel')}
            >
              <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} />
            </Popconfirm>
          ) : null}
        </Flex>
      ))}
      {editable ? <UploadButton owner={owner} label={texts.upload} hint={texts.hint} onUploaded={added} testId={testIds.upload} /> : null}
    </Flex>
  );
}
