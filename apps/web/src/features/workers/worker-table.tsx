import type { Worker } from '@shegong/contracts';
import { Button, Space, Table, Typography } from 'antd';
import type { ColumnsType, TablePaginationConfig } from 'antd/es/table';
import dayjs from 'dayjs';
import { Link, useNavigate } from 'react-router-dom';
import { useIsMobile } from '../../app/components/use-is-mobile.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { EducationProgress, LevelTag, RegistrationCell } from './worker-labels.tsx';

type Props = { items: Worker[]; loading: boolean; pagination: TablePaginationConfig; onEdit: (w: Worker) => void };

export function WorkerTable({ items, loading, pagination, onEdit }: Props) {
  const t = useT();
  const navigate = useNavigate();
  const isMobile = useIsMobile();
  const columns: ColumnsType<Worker> = [
    {
      title: t('label.displayName'),
      dataIndex: 'name',
      fixed: isMobile ? undefined : 'left',
      width: 130,
      render: (_, w) => (
        <div>
          <Link to={`/workers/${w.id}`} data-testid="worker-link">
            <Typography.Text strong style={{ color: 'inherit' }}>
              {w.name}
            </Typography.Text>
          </Link>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {t(`workers.gender.${w.gender}`)} · {t('workers.age', { age: dayjs().diff(w.birthDate, 'year') })}
            {w.isActive ? '' : ` · ${t('workers.left')}`}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('label.idNumber'),
      dataIndex: 'idNumberMasked',
      width: 180,
      render: (v: string) => (
        <code style={{ fontSize: 13 }} data-testid="worker-id-masked">
          {v}
        </code>
      ),
    },
    { title: t('label.organisationId'), dataIndex: 'organisationName', width: 180, ellipsis: true },
    {
      title: t('label.qualificationLevel'),
      dataIndex: 'qualificationLevel',
      width: 150,
      render: (_, w) => (
        <div>
          <LevelTag level={w.qualificationLevel} />
          {w.certificateNo ? (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {w.certificateNo}
            </Typography.Text>
          ) : null}
        </div>
      ),
    },
    {
      title: t('label.registrationStatus'),
      key: 'registration',
      width: 140,
      render: (_, w) => <RegistrationCell registration={w.registration} />,
    },
    {
      title: t('workers.education'),
      key: 'education',
      width: 180,
      render: (_, w) => <EducationProgress summary={w.continuingEducation} compact />,
    },
    { title: t('label.mobile'), dataIndex: 'mobile', width: 120, responsive: ['xxl'], render: (v: string | null) => v ?? '—' },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: isMobile ? undefined : 'right',
      width: 110,
      render: (_, w) => (
        <Space size={4}>
          <Button type="link" size="small" onClick={() => navigate(`/workers/${w.id}`)} data-testid="worker-view">
            {t('common.view')}
          </Button>
          {w.allowedActions.includes('update') ? (
            <Button type="link" size="small" onClick={() => onEdit(w)} data-testid="worker-edit">
              {t('common.edit')}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];
  return (
    <Table<Worker>
      rowKey="id"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={pagination}
      scroll={{ x: 1070 }}
      rowClassName={(w) =>
        w.isActive
          ? w.continuingEducation.state === 'at_risk' || w.continuingEducation.state === 'lapsed'
            ? 'sg-row-warn'
            : ''
          : 'sg-row-disabled'
      }
      data-testid="worker-table"
    />
  );
}
