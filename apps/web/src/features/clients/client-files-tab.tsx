import type { ClientDetail } from '@shegong/contracts';
import { Empty, List, Typography } from 'antd';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { labelOr } from './client-labels.tsx';
import { FileLink } from './file-link.tsx';

/**
 * 附件: the documents kept with the file — category evidence and signed consent forms. Each is
 * uploaded where it belongs (类别与证明, 知情同意) and downloaded as an attachment, audited.
 */
export function ClientFilesTab({ client }: { client: ClientDetail }) {
  const t = useT();
  const items = [
    ...client.categories
      .filter((h) => h.evidenceFileId)
      .map((h) => ({ id: h.evidenceFileId ?? '', title: t('clients.evidenceOf', { name: h.name }), on: h.effectiveFrom })),
    ...client.consents
      .filter((c) => c.documentFileId)
      .map((c) => ({
        id: c.documentFileId ?? '',
        title: `${t('clients.signedForm')} · ${labelOr(t, `consent.purpose.${c.purpose}`, c.purpose)}`,
        on: c.givenOn,
      })),
  ];
  if (items.length === 0) return <Empty description={t('clients.noFiles')} data-testid="client-files" />;
  return (
    <List
      data-testid="client-files"
      dataSource={items}
      renderItem={(f) => (
        <List.Item extra={<Typography.Text type="secondary">{f.on}</Typography.Text>}>
          <FileLink id={f.id} label={f.title} />
        </List.Item>
      )}
    />
  );
}
