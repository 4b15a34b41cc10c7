import { Empty, Skeleton, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../../shared/components/error-result.tsx';
import { formatDateTime } from '../../../shared/format/date.ts';
import { useEnterpriseAudit } from '../api/enterprise-api.ts';
import { diffAudit } from './audit-diff.ts';

/** 变更记录: who changed what and when, newest first. */
export function AuditTimeline({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation('enterprise');
  const { data, isLoading, error } = useEnterpriseAudit(enterpriseId, true);
  if (isLoading) return <Skeleton active />;
  if (error) return <ErrorResult error={error} />;
  const events = [...(data?.data ?? [])].sort((a, b) => b.seq - a.seq);
  if (events.length === 0) return <Empty description={t('detail.auditEmpty')} />;
  const label = (field: string) => t(`fields.${field}`, { defaultValue: field });
  // Status values read better in words than as codes.
  const value = (field: string, text: string) =>
    field === 'status' ? t(`status.${text}`, { defaultValue: text }) : text;
  return (
    <Timeline
      data-testid="audit-timeline"
      items={events.map((event) => ({
        key: event.seq,
        children: (
          <div>
            <Typography.Text strong>
              {t(`audit.actions.${event.action}`, { defaultValue: event.action })}
            </Typography.Text>
            <div>
              <Typography.Text type="secondary">
                {t('detail.auditBy', {
                  actor: event.actorName ?? t('detail.system'),
                  time: formatDateTime(event.occurredAt),
                })}
              </Typography.Text>
            </div>
            {diffAudit(event.before, event.after).map((change) => (
              <div key={change.field} style={{ fontSize: 13 }}>
                {label(change.field)}：
                <Typography.Text delete type="secondary">
                  {value(change.field, change.before)}
                </Typography.Text>{' '}
                → {value(change.field, change.after)}
              </div>
            ))}
          </div>
        ),
      }))}
    />
  );
}
