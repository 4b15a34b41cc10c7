import { App, Button, Card, Descriptions, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import {
  useAssessmentTables,
  useEnterpriseTables,
  useSaveEnterpriseTables,
} from '../../api/assessment-api.ts';
import { TableChoiceModal } from '../../components/table-choice-modal.tsx';

/**
 * 评估方法设置: the tables this enterprise assesses with and where they come from (its own choice,
 * its industry's default, or the system's); who may configure changes them or goes back.
 */
export function RiskSettingsCard({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation('risk');
  const { message } = App.useApp();
  const settings = useEnterpriseTables(enterpriseId);
  const tables = useAssessmentTables();
  const save = useSaveEnterpriseTables(enterpriseId);
  const [editing, setEditing] = useState(false);
  const data = settings.data?.data;
  if (!data) return null;
  const nameOf = (key: string) => tables.data?.data.find((s) => s.key === key)?.nameZh ?? key;
  const canConfigure = settings.data?.abilities.canConfigure === true;
  const done = {
    onSuccess: () => {
      setEditing(false);
      void message.success(t('tables.saved'));
    },
    onError: (e: unknown) => void message.error(errorMessage(t, e)),
  };
  return (
    <Card
      size="small"
      title={t('tables.title')}
      style={{ maxWidth: 920, marginBottom: 16 }}
      data-testid="risk-settings"
      extra={
        canConfigure ? (
          <Space>
            {data.source === 'enterprise' ? (
              <Button
                size="small"
                onClick={() => save.mutate(null, done)}
                data-testid="risk-settings-inherit"
              >
                {t('tables.inherit')}
              </Button>
            ) : null}
            <Button
              size="small"
              type="primary"
              onClick={() => setEditing(true)}
              data-testid="risk-settings-edit"
            >
              {t('tables.choose')}
            </Button>
          </Space>
        ) : null
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('tables.source')}>
          <Tag
            color={data.source === 'enterprise' ? 'blue' : 'default'}
            data-testid="risk-settings-source"
            data-source={data.source}
          >
            {data.source === 'industry'
              ? t('tables.fromIndustry', { industry: data.industry?.nameZh ?? '' })
              : t(`tables.from.${data.source}`)}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('tables.defaultMethod')}>
          {t(`methods.${data.defaultMethod}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('tables.lec')}>{nameOf(data.lecTable)}</Descriptions.Item>
        <Descriptions.Item label={t('tables.ls')}>{nameOf(data.lsTable)}</Descriptions.Item>
        <Descriptions.Item label={t('tables.mes')}>{nameOf(data.mesTable)}</Descriptions.Item>
      </Descriptions>
      <TableChoiceModal
        title={t('tables.chooseTitle')}
        open={editing}
        initial={data}
        saving={save.isPending}
        onCancel={() => setEditing(false)}
        onSave={(input) => save.mutate(input, done)}
      />
    </Card>
  );
}
