import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Result, Skeleton, Tabs } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { ErrorResult } from '../../app/components/error-result.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { CaseIntakeDrawer } from '../cases/case-intake-drawer.tsx';
import { ClientCasesTab } from '../cases/client-cases-tab.tsx';
import { ClientCategoriesTab } from './client-categories-tab.tsx';
import { ClientConsentsTab } from './client-consents-tab.tsx';
import { ClientDrawer } from './client-drawer.tsx';
import { ClientFilesTab } from './client-files-tab.tsx';
import { ClientHeader } from './client-header.tsx';
import { ClientHouseholdTab } from './client-household-tab.tsx';
import { ClientMergeModal } from './client-merge-modal.tsx';
import { ClientRevealModal, type RevealField } from './client-reveal-modal.tsx';
import { ClientTimelineTab } from './client-timeline-tab.tsx';
import { useClient } from './clients-api.ts';
import { useScrollTop } from './use-scroll-top.ts';

const TABS = ['timeline', 'cases', 'household', 'categories', 'consents', 'files'] as const;

/** 一人一档: the person's file — who, what they hold, and everything done with them. Every view is audited. */
export function ClientFilePage() {
  const t = useT();
  const navigate = useNavigate();
  const { id } = useParams();
  useScrollTop(id);
  const [search, setSearch] = useSearchParams();
  const file = useClient(id);
  const [editing, setEditing] = useState(false);
  const [merging, setMerging] = useState(false);
  const [intake, setIntake] = useState(false);
  const [reveal, setReveal] = useState<RevealField | null>(null);
  const tab = TABS.find((k) => k === search.get('tab')) ?? 'timeline';

  if (file.isError) return <ErrorResult error={file.error} onRetry={() => file.refetch()} />;
  const c = file.data;
  if (!c) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (c.status === 'merged')
    return (
      <Result
        status="info"
        title={t('clients.mergedTitle')}
        subTitle={t('clients.mergedOn', { date: c.mergedAt.slice(0, 10) })}
        extra={<Link to={`/clients/${c.mergedIntoId}`}>{t('clients.openSurvivor')}</Link>}
        data-testid="client-merged"
      />
    );

  return (
    <Flex vertical gap={16} data-testid="client-file">
      <div>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label={t('common.back')} type="text">
          {t('common.back')}
        </Button>
      </div>
      <ClientHeader
        client={c}
        onEdit={() => setEditing(true)}
        onMerge={() => setMerging(true)}
        onReveal={setReveal}
        onIntake={() => setIntake(true)}
      />
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => setSearch({ tab: key }, { replace: true })}
          destroyOnHidden
          items={[
            { key: 'timeline', label: t('clients.tabTimeline'), children: <ClientTimelineTab clientId={c.id} /> },
            { key: 'cases', label: t('clients.tabCases'), children: <ClientCasesTab clientId={c.id} /> },
            {
              key: 'household',
              label: `${t('clients.tabHousehold')} ${c.household.length || ''}`,
              children: <ClientHouseholdTab client={c} />,
            },
            { key: 'categories', label: t('clients.tabCategories'), children: <ClientCategoriesTab client={c} /> },
            { key: 'consents', label: t('clients.tabConsents'), children: <ClientConsentsTab client={c} /> },
            { key: 'files', label: t('clients.tabFiles'), children: <ClientFilesTab client={c} /> },
          ]}
          data-testid="client-tabs"
        />
      </Card>
      <ClientDrawer open={editing} clientId={c.id} onClose={() => setEditing(false)} />
      <ClientMergeModal client={c} open={merging} onClose={() => setMerging(false)} />
      <ClientRevealModal clientId={c.id} field={reveal} onClose={() => setReveal(null)} />
      <CaseIntakeDrawer open={intake} client={c} onClose={() => setIntake(false)} />
    </Flex>
  );
}
