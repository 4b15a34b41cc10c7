import { CloudUploadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { discardRecord } from './record-queue.ts';
import { useRecordQueue } from './use-record-queue.ts';

/**
 * "3 条记录待上传": what the phone holds that the server has not got yet, sent by itself when
 * the network returns; a record the server refused stays listed with the reason.
 */
export function QueueBanner() {
  const { t } = useTranslation('inspection');
  const queue = useRecordQueue();
  if (queue.records.length === 0) return null;
  return (
    <Flex vertical gap={8} style={{ marginBottom: 12 }} data-testid="inspection-queue">
      {queue.waiting > 0 ? (
        <Alert
          type="warning"
          showIcon
          icon={<CloudUploadOutlined />}
          title={
            <span data-testid="inspection-queue-count" data-count={queue.waiting}>
              {t('offline.waiting', { count: queue.waiting })}
            </span>
          }
          description={t('offline.waitingHint')}
          action={
            <Button
              size="small"
              loading={queue.sending}
              onClick={() => void queue.flush()}
              data-testid="inspection-queue-send"
            >
              {t('offline.sendNow')}
            </Button>
          }
        />
      ) : null}
      {queue.refused > 0 ? (
        <Alert
          type="error"
          showIcon
          title={t('offline.refused', { count: queue.refused })}
          description={
            <List
              size="small"
              dataSource={queue.records.filter((r) => r.error !== null)}
              renderItem={(r) => (
                <List.Item
                  actions={[
                    <Button
                      key="discard"
                      size="small"
                      type="link"
                      onClick={() => void discardRecord(r.clientRecordId)}
                    >
                      {t('offline.discard')}
                    </Button>,
                  ]}
                >
                  <Typography.Text>
                    {r.label}：{r.error}
                  </Typography.Text>
                </List.Item>
              )}
            />
          }
        />
      ) : null}
    </Flex>
  );
}
