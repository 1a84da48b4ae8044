import { EditOutlined, EyeOutlined, MergeCellsOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import type { ClientDetail } from '@shegong/contracts';
import { Alert, Button, Card, Flex, Tag, Typography } from 'antd';
import { useCan } from '../../app/auth/me-context.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { CategoryTags, personLine, RiskTag } from './client-labels.tsx';
import type { RevealField } from './client-reveal-modal.tsx';

type Props = {
  client: ClientDetail;
  onEdit: () => void;
  onMerge: () => void;
  onReveal: (field: RevealField) => void;
  onIntake: () => void;
};

/** 一人一档 header: who the person is (masked), how at risk, what they hold, who is responsible. */
export function ClientHeader({ client: c, onEdit, onMerge, onReveal, onIntake }: Props) {
  const t = useT();
  const can = useCan();
  const mayReveal = c.allowedActions.includes('reveal');
  const revealButton = (field: RevealField) =>
    mayReveal ? (
      <Button type="link" size="small" icon={<EyeOutlined />} onClick={() => onReveal(field)} data-testid={`client-reveal-${field}`}>
        {t('common.view')}
      </Button>
    ) : null;
  return (
    <Card className="sg-client-header" data-testid="client-header">
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <div style={{ minWidth: 0, flex: '1 1 320px' }}>
          <Flex align="center" gap={8} wrap>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="client-name-title">
              {c.name}
            </Typography.Title>
            <RiskTag level={c.riskLevel} />
            {c.access === 'own' ? null : <Tag color="purple">{t(`client.access.${c.access}`)}</Tag>}
          </Flex>
          <Flex gap={16} wrap align="center" style={{ marginTop: 6 }}>
            <Typography.Text>{personLine(t, c.gender, c.age) || '—'}</Typography.Text>
            <span>
              <Typography.Text type="secondary">{t(`idType.${c.idType}`)} </Typography.Text>
              <code data-testid="client-id-masked">{c.idNumberMasked ?? '—'}</code>
              {c.idNumberMasked ? revealButton('idNumber') : null}
            </span>
            {c.mobileMasked ? (
              <span>
                <code data-testid="client-mobile-masked">{c.mobileMasked}</code>
                {revealButton('mobile')}
              </span>
            ) : null}
            <span>
              <Typography.Text type="secondary">{c.address}</Typography.Text>
              {revealButton('address')}
            </span>
          </Flex>
          <Flex gap={6} wrap align="center" style={{ marginTop: 8 }}>
            <CategoryTags items={c.currentCategories} />
            {c.tags.map((tag) => (
              <Tag key={tag} style={{ marginInlineEnd: 0 }}>
                {tag}
              </Tag>
            ))}
          </Flex>
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }} data-testid="client-responsible">
            {t('clients.responsibleLine', { station: c.stationName, worker: c.workerName ?? t('clients.noWorker') })}
          </Typography.Text>
        </div>
        <Flex gap={8} wrap className="sg-client-actions">
          {can('case.create') && c.access !== 'history' && c.access !== 'oversight' ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={onIntake} data-testid="client-intake-case">
              {t('cases.create')}
            </Button>
          ) : null}
          {c.allowedActions.includes('update') ? (
            <Button icon={<EditOutlined />} onClick={onEdit} data-testid="client-detail-edit">
              {t('common.edit')}
            </Button>
          ) : null}
          {c.allowedActions.includes('merge') ? (
            <Button icon={<MergeCellsOutlined />} onClick={onMerge} data-testid="client-merge">
              {t('clients.merge')}
            </Button>
          ) : null}
          <Button icon={<PrinterOutlined />} href={`/clients/${c.id}/print`} target="_blank" data-testid="client-print">
            {t('clients.print')}
          </Button>
        </Flex>
      </Flex>
      {c.guardianConsentMissing ? (
        <Alert type="error" showIcon title={t('clients.guardianMissing')} style={{ marginTop: 12 }} data-testid="client-guardian-missing" />
      ) : null}
    </Card>
  );
}
