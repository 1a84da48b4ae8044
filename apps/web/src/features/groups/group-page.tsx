import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Skeleton, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { ErrorResult } from '../../app/components/error-result.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useCategoryOptions } from '../clients/client-labels.tsx';
import { useScrollTop } from '../clients/use-scroll-top.ts';
import { GroupDrawer } from './group-drawer.tsx';
import { GroupEvaluation } from './group-evaluation.tsx';
import { PhaseTag } from './group-labels.tsx';
import { GroupMembers } from './group-members.tsx';
import { GroupPhaseBar } from './group-phase-bar.tsx';
import { GroupSessions } from './group-sessions.tsx';
import { useGroup } from './groups-api.ts';

const TABS = ['sessions', 'members', 'evaluation'] as const;

/** One group: its plan, phases, members, sessions with attendance and the evaluation. */
export function GroupPage() {
  const t = useT();
  const navigate = useNavigate();
  const { id } = useParams();
  useScrollTop(id);
  const [search, setSearch] = useSearchParams();
  const one = useGroup(id);
  const categories = useCategoryOptions();
  const [editing, setEditing] = useState(false);
  const tab = TABS.find((k) => k === search.get('tab')) ?? 'sessions';
  if (one.isError) return <ErrorResult error={one.error} onRetry={() => one.refetch()} />;
  const g = one.data;
  if (!g) return <Skeleton active paragraph={{ rows: 10 }} />;
  const category = categories.find((c) => c.value === g.targetCategory)?.label ?? g.targetCategory;
  return (
    <Flex vertical gap={16} data-testid="group-page">
      <div>
        <Button icon={<ArrowLeftOutlined />} type="text" onClick={() => navigate(-1)}>
          {t('common.back')}
        </Button>
      </div>
      <Card>
        <Flex justify="space-between" align="flex-start" gap={12} wrap>
          <div style={{ minWidth: 0, flex: '1 1 320px' }}>
            <Flex gap={8} align="center" wrap>
              <Typography.Title level={4} style={{ margin: 0 }}>
                {g.name}
              </Typography.Title>
              <PhaseTag phase={g.phase} />
            </Flex>
            <Typography.Paragraph type="secondary" style={{ margin: '6px 0 12px' }}>
              {g.aims}
            </Typography.Paragraph>
          </div>
          {g.allowedActions.includes('manage') && g.phase !== 'closed' ? (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="group-edit">
              {t('groups.editPlan')}
            </Button>
          ) : null}
        </Flex>
        <Descriptions
          size="small"
          column={{ xs: 2, md: 3, xl: 5 }}
          style={{ marginBottom: 16 }}
          items={[
            { key: 'station', label: t('label.stationId'), children: g.stationName },
            { key: 'facilitator', label: t('label.facilitatorWorkerId'), children: g.facilitatorName ?? '—' },
            { key: 'target', label: t('label.targetCategory'), children: category ?? '—' },
            { key: 'sessions', label: t('groups.sessions'), children: `${g.sessionsHeld} / ${g.plannedSessions}` },
            { key: 'start', label: t('label.startsOn'), children: g.startsOn ?? '—' },
          ]}
        />
        <GroupPhaseBar group={g} />
      </Card>
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => setSearch({ tab: key }, { replace: true })}
          items={[
            { key: 'sessions', label: t('groups.tabSessions', { count: g.sessions.length }), children: <GroupSessions group={g} /> },
            {
              key: 'members',
              label: t('groups.tabMembers', { count: g.members.filter((m) => !m.leftOn).length }),
              children: <GroupMembers group={g} />,
            },
            { key: 'evaluation', label: t('label.evaluation'), children: <GroupEvaluation group={g} /> },
          ]}
        />
      </Card>
      <GroupDrawer open={editing} group={g} onClose={() => setEditing(false)} />
    </Flex>
  );
}
