import { ArrowLeftOutlined, FormOutlined } from '@ant-design/icons';
import type { CaseNote } from '@shegong/contracts';
import { Button, Card, Flex, Skeleton, Tabs } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { ErrorResult } from '../../app/components/error-result.tsx';
import { useIsMobile } from '../../app/components/use-is-mobile.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useScrollTop } from '../clients/use-scroll-top.ts';
import { CaseActions, type CaseDialog } from './case-actions.tsx';
import { CaseDialogs } from './case-dialogs.tsx';
import { CaseEvents } from './case-events.tsx';
import { CaseHeader } from './case-header.tsx';
import { CaseNotes } from './case-notes.tsx';
import { CaseReferrals } from './case-referrals.tsx';
import { CaseWork } from './case-work.tsx';
import { useCase } from './cases-api.ts';
import { VisitDrawer } from './visit-drawer.tsx';

const TABS = ['work', 'notes', 'events', 'referrals'] as const;

/** One case through MZ/T 094-2017; 记录探访 is one tap away (a bar at the bottom on a phone). */
export function CasePage() {
  const t = useT();
  const navigate = useNavigate();
  const isMobile = useIsMobile();
  const { id } = useParams();
  useScrollTop(id);
  const [search, setSearch] = useSearchParams();
  const one = useCase(id);
  const [dialog, setDialog] = useState<CaseDialog | null>(null);
  const [editingNote, setEditingNote] = useState<CaseNote | null>(null);
  const tab = TABS.find((k) => k === search.get('tab')) ?? (search.get('record') ? 'notes' : 'work');
  const recording = search.get('record') === 'visit';
  const setParam = (key: string, value: string | null) =>
    setSearch(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  // After recording, the records tab shows what was just written.
  const closeRecord = () =>
    setSearch(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.delete('record');
        next.set('tab', 'notes');
        return next;
      },
      { replace: true },
    );

  if (one.isError) return <ErrorResult error={one.error} onRetry={() => one.refetch()} />;
  const d = one.data;
  if (!d) return <Skeleton active paragraph={{ rows: 10 }} />;
  const mayRecord = d.allowedActions.includes('record');
  const recordButton = (
    <Button
      type="primary"
      size="large"
      icon={<FormOutlined />}
      onClick={() => setParam('record', 'visit')}
      block={isMobile}
      data-testid="case-record-visit"
    >
      {t('cases.recordVisit')}
    </Button>
  );

  return (
    <Flex vertical gap={16} data-testid="case-page" className={mayRecord && isMobile ? 'sg-has-bottom-bar' : undefined}>
      <Flex justify="space-between" align="center" gap={8}>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} type="text">
          {t('common.back')}
        </Button>
        {mayRecord && !isMobile ? recordButton : null}
      </Flex>
      <Card>
        <CaseHeader detail={d} />
        <div style={{ marginTop: 16 }}>
          <CaseActions detail={d} onOpen={setDialog} />
        </div>
      </Card>
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParam('tab', key)}
          items={[
            { key: 'work', label: t('cases.tabWork'), children: <CaseWork detail={d} /> },
            {
              key: 'notes',
              label: t('cases.tabNotes', { count: d.noteCount }),
              children: <CaseNotes detail={d} onEdit={setEditingNote} />,
            },
            { key: 'events', label: t('cases.tabEvents'), children: <CaseEvents events={d.events} /> },
            { key: 'referrals', label: t('cases.tabReferrals'), children: <CaseReferrals caseId={d.id} /> },
          ]}
          data-testid="case-tabs"
        />
      </Card>
      {mayRecord && isMobile ? <div className="sg-bottom-bar">{recordButton}</div> : null}
      <CaseDialogs detail={d} dialog={dialog} onClose={() => setDialog(null)} />
      <VisitDrawer
        detail={d}
        open={recording || Boolean(editingNote)}
        note={editingNote}
        onClose={() => (editingNote ? setEditingNote(null) : closeRecord())}
      />
    </Flex>
  );
}
