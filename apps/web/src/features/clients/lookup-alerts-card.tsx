import { SecurityScanOutlined } from '@ant-design/icons';
import type { IdentityLookupAlert } from '@shegong/contracts';
import { App, Button, Card, Flex, List, Typography } from 'antd';
import dayjs from 'dayjs';
import { useApiError } from '../../app/api/use-api-error.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useAcknowledgeLookupAlert } from './share-requests-api.ts';

/** On a supervisor's overview: its workers who went past the ID-number lookup limit, until acknowledged. */
export function LookupAlertsCard({ alerts }: { alerts: IdentityLookupAlert[] }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const acknowledge = useAcknowledgeLookupAlert();
  if (alerts.length === 0) return null;
  const time = (at: string) => dayjs(at).format('MM-DD HH:mm');
  return (
    <Card
      size="small"
      data-testid="today-lookup-alerts"
      style={{ borderColor: '#ffa39e', marginBottom: 16 }}
      title={
        <Flex align="center" gap={8}>
          <SecurityScanOutlined style={{ color: '#cf1322' }} />
          <span>{t('lookupAlerts.title')}</span>
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('lookupAlerts.hint')}
      </Typography.Paragraph>
      <List
        dataSource={alerts}
        rowKey="alertId"
        renderItem={(a) => (
          <List.Item
            actions={[
              <Button
                key="ack"
                size="small"
                loading={acknowledge.isPending && acknowledge.variables === a.alertId}
                onClick={() =>
                  acknowledge.mutate(a.alertId, {
                    onSuccess: () => message.success(t('lookupAlerts.acknowledged')),
                    onError: (e) => showError(e),
                  })
                }
              >
                {t('lookupAlerts.acknowledge')}
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={t('lookupAlerts.line', { name: a.userName, hits: a.hits, refused: a.refused })}
              description={t('lookupAlerts.when', { first: time(a.firstRefusedAt), last: time(a.lastRefusedAt) })}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
