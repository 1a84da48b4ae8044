import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Image, Typography, Upload } from 'antd';
import { useT } from '../../app/i18n/i18n-context.tsx';

export type PhotoItem = { key: string; src: string; name: string; file?: File };
type Props = { items: PhotoItem[]; editable: boolean; busy?: boolean; onAdd: (file: File) => void; onRemove: (item: PhotoItem) => void };

/** 活动照片: thumbnails of stored photos (and of ones picked but not yet uploaded). */
export function ActivityPhotos({ items, editable, busy, onAdd, onRemove }: Props) {
  const t = useT();
  return (
    <Flex gap={8} wrap data-testid="activity-photos">
      <Image.PreviewGroup>
        {items.map((p) => (
          <div key={p.key} className="sg-photo">
            <Image src={p.src} alt={p.name} width={96} height={96} style={{ objectFit: 'cover', borderRadius: 6 }} />
            {editable ? (
              <Button
                className="sg-photo-remove"
                size="small"
                type="primary"
                danger
                shape="circle"
                icon={<DeleteOutlined />}
                onClick={() => onRemove(p)}
                aria-label={t('common.delete')}
              />
            ) : null}
          </div>
        ))}
      </Image.PreviewGroup>
      {editable ? (
        <Upload
          accept=".jpg,.jpeg,.png"
          multiple
          showUploadList={false}
          beforeUpload={(file) => {
            onAdd(file);
            return Upload.LIST_IGNORE;
          }}
        >
          <button type="button" className="sg-photo-add" disabled={busy} data-testid="activity-photo-add">
            <PlusOutlined />
            <div>{t('activities.addPhoto')}</div>
          </button>
        </Upload>
      ) : null}
      {!editable && items.length === 0 ? <Typography.Text type="secondary">{t('activities.noPhotos')}</Typography.Text> : null}
    </Flex>
  );
}
