import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Skeleton, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { ErrorResult } from '../../app/components/error-result.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { EducationTab } from './education-tab.tsx';
import { RegistrationsTab } from './registrations-tab.tsx';
import { WorkerDrawer } from './worker-drawer.tsx';
import { WorkerEnrolmentsTab } from './worker-enrolments-tab.tsx';
import { WorkerInfo } from './worker-info.tsx';
import { LevelTag, RegistrationStatusTag } from './worker-labels.tsx';
import { WorkerPostsTab } from './worker-posts-tab.tsx';
import { useWorker } from './workers-api.ts';

const TABS = ['info', 'posts', 'registrations', 'education', 'trainings'] as const;

/** One social worker: personal record, posts, registrations, continuing education and training. */
export function WorkerDetailPage() {
  const t = useT();
  const navigate = useNavigate();
  const { id } = useParams();
  const [search, setSearch] = useSearchParams();
  const worker = useWorker(id);
  const [editing, setEditing] = useState(false);
  const tab = TABS.find((k) => k === search.get('tab')) ?? 'info';

  if (worker.isError) return <ErrorResult error={worker.error} onRetry={() => worker.refetch()} />;
  const w = worker.data;
  if (!w) return <Skeleton active paragraph={{ rows: 10 }} />;

  return (
    <Flex vertical gap={16} data-testid="worker-detail">
      <Flex align="flex-start" gap={12} wrap>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label={t('common.back')} />
        <div style={{ minWidth: 0, flex: 1 }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {w.name}
          </Typography.Title>
          <Flex gap={6} wrap align="center" style={{ marginTop: 6 }}>
            <LevelTag level={w.qualificationLevel} />
            <RegistrationStatusTag status={w.registration.status} />
            {w.isActive ? null : <Tag>{t('workers.left')}</Tag>}
            <Typography.Text type="secondary">{w.organisationName}</Typography.Text>
          </Flex>
        </div>
        {w.allowedActions.includes('update') ? (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="worker-detail-edit">
            {t('common.edit')}
          </Button>
        ) : null}
      </Flex>
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => setSearch({ tab: key }, { replace: true })}
          destroyOnHidden
          items={[
            { key: 'info', label: t('common.basicInfo'), children: <WorkerInfo worker={w} /> },
            { key: 'posts', label: t('workers.tabPosts'), children: <WorkerPostsTab workerId={w.id} /> },
            { key: 'registrations', label: t('workers.tabRegistrations'), children: <RegistrationsTab worker={w} /> },
            { key: 'education', label: t('workers.tabEducation'), children: <EducationTab worker={w} /> },
            { key: 'trainings', label: t('workers.tabTrainings'), children: <WorkerEnrolmentsTab worker={w} /> },
          ]}
          data-testid="worker-tabs"
        />
      </Card>
      <WorkerDrawer open={editing} worker={w} onClose={() => setEditing(false)} />
    </Flex>
  );
}
