import type { Training } from '@shegong/contracts';
import { Button, Popconfirm, Progress, Space, Table, Typography } from 'antd';
import type { ColumnsType, TablePaginationConfig } from 'antd/es/table';
import { useIsMobile } from '../../app/components/use-is-mobile.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { TrainingKindTag } from './training-labels.tsx';

type Props = {
  items: Training[];
  loading: boolean;
  pagination: TablePaginationConfig;
  onEdit: (t: Training) => void;
  onDelete: (t: Training) => void;
  onEnrol: (t: Training) => void;
  onRoster: (t: Training) => void;
};

export function TrainingTable({ items, loading, pagination, onEdit, onDelete, onEnrol, onRoster }: Props) {
  const t = useT();
  const isMobile = useIsMobile();
  const showOwn = items.some((x) => x.ownEnrolledCount !== null);
  const columns: ColumnsType<Training> = [
    {
      title: t('label.title'),
      dataIndex: 'title',
      fixed: isMobile ? undefined : 'left',
      width: 240,
      render: (_, x) => (
        <div>
          <Typography.Text strong>{x.title}</Typography.Text>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {x.provider}
          </Typography.Text>
        </div>
      ),
    },
    { title: t('common.kind'), dataIndex: 'kind', width: 130, render: (_, x) => <TrainingKindTag kind={x.kind} /> },
    {
      title: t('trainings.dates'),
      key: 'dates',
      width: 200,
      render: (_, x) => (
        <span
          style={{ whiteSpace: 'nowrap' }}
        >{`${x.startsOn} ~ ${x.endsOn.slice(0, 4) === x.startsOn.slice(0, 4) ? x.endsOn.slice(5) : x.endsOn}`}</span>
      ),
    },
    { title: t('label.hours'), dataIndex: 'hours', width: 70, align: 'right' },
    {
      title: t('trainings.places'),
      key: 'places',
      width: 120,
      render: (_, x) => (
        <div>
          <Typography.Text style={{ fontSize: 12 }}>
            {x.enrolledCount} / {x.capacity}
          </Typography.Text>
          <Progress percent={Math.round((x.enrolledCount / x.capacity) * 100)} size="small" showInfo={false} />
        </div>
      ),
    },
    ...(showOwn
      ? [{ title: t('trainings.ownEnrolled'), dataIndex: 'ownEnrolledCount', width: 110, align: 'right' as const }]
      : [{ title: t('label.regionCode'), dataIndex: 'regionName', width: 100 }]),
    {
      title: t('label.location'),
      dataIndex: 'location',
      width: 180,
      ellipsis: true,
      responsive: ['xl'],
      render: (v: string | null) => v ?? '—',
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: isMobile ? undefined : 'right',
      width: 180,
      render: (_, x) => (
        <Space size={0} wrap>
          {x.allowedActions.includes('enrol') ? (
            <Button type="link" size="small" onClick={() => onEnrol(x)} data-testid="training-enrol">
              {t('trainings.enrol')}
            </Button>
          ) : null}
          {x.allowedActions.includes('manage') ? (
            <>
              <Button type="link" size="small" onClick={() => onRoster(x)} data-testid="training-roster">
                {t('trainings.roster')}
              </Button>
              <Button type="link" size="small" onClick={() => onEdit(x)} data-testid="training-edit">
                {t('common.edit')}
              </Button>
              {x.enrolledCount === 0 ? (
                <Popconfirm
                  title={t('trainings.deleteConfirm', { name: x.title })}
                  okText={t('common.delete')}
                  okButtonProps={{ danger: true }}
                  cancelText={t('common.cancel')}
                  onConfirm={() => onDelete(x)}
                >
                  <Button type="link" size="small" danger>
                    {t('common.delete')}
                  </Button>
                </Popconfirm>
              ) : null}
            </>
          ) : null}
        </Space>
      ),
    },
  ];
  return (
    <Table<Training>
      rowKey="id"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={pagination}
      scroll={{ x: 1040 }}
      data-testid="training-table"
    />
  );
}
