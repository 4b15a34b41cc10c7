import type { RiskSettingsInput } from '@shuangkong/contracts';
import { App, Button, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { useIndustries } from '../../../identity/index.ts';
import {
  useAssessmentTables,
  useIndustryTableDefaults,
  useSaveIndustryTables,
} from '../../api/assessment-api.ts';
import { TableChoiceModal } from '../../components/table-choice-modal.tsx';

const systemDefault: RiskSettingsInput = {
  defaultMethod: 'lec',
  lecTable: 'lec-default@1',
  lsTable: 'ls-default@1',
  mesTable: 'mes-default@1',
};

/** 行业默认评估表: per industry the tables its enterprises inherit until they choose their own. */
export function IndustryTablesPage() {
  const { t } = useTranslation('risk');
  const { message } = App.useApp();
  const industries = useIndustries();
  const defaults = useIndustryTableDefaults();
  const tables = useAssessmentTables();
  const save = useSaveIndustryTables();
  const [editing, setEditing] = useState<{ code: string; name: string; initial: RiskSettingsInput } | null>(
    null,
  );
  const byCode = new Map((defaults.data?.data ?? []).map((d) => [d.industryCode, d]));
  const nameOf = (key: string) => tables.data?.data.find((s) => s.key === key)?.nameZh ?? key;
  const done = {
    onSuccess: () => {
      setEditing(null);
      void message.success(t('tables.saved'));
    },
    onError: (e: unknown) => void message.error(errorMessage(t, e)),
  };
  const rows = (industries.data ?? []).filter((i) => !i.parentCode);
  return (
    <PageContainer title={t('tables.industryTitle')} subTitle={t('tables.industrySubtitle')}>
      <Table
        rowKey="code"
        size="small"
        data-testid="risk-industry-tables"
        loading={industries.isLoading || defaults.isLoading}
        dataSource={rows}
        pagination={false}
        columns={[
          { title: t('tables.industry'), dataIndex: 'nameZh' },
          {
            title: t('tables.tables'),
            render: (_, industry) => {
              const d = byCode.get(industry.code);
              return d ? (
                <span data-testid={`risk-industry-tables-${industry.code}`}>
                  {t(`methods.${d.defaultMethod}`)} · {nameOf(d.lecTable)} · {nameOf(d.lsTable)} ·{' '}
                  {nameOf(d.mesTable)}
                </span>
              ) : (
                <Typography.Text type="secondary" data-testid={`risk-industry-tables-${industry.code}`}>
                  {t('tables.from.system')}
                </Typography.Text>
              );
            },
          },
          {
            title: '',
            width: 180,
            render: (_, industry) => {
              const d = byCode.get(industry.code);
              return (
                <Space>
                  <Button
                    size="small"
                    data-testid={`risk-industry-tables-edit-${industry.code}`}
                    onClick={() =>
                      setEditing({ code: industry.code, name: industry.nameZh, initial: d ?? systemDefault })
                    }
                  >
                    {t('tables.choose')}
                  </Button>
                  {d ? (
                    <Button
                      size="small"
                      onClick={() => save.mutate({ industryCode: industry.code, input: null }, done)}
                    >
                      {t('tables.removeDefault')}
                    </Button>
                  ) : null}
                </Space>
              );
            },
          },
        ]}
      />
      <TableChoiceModal
        title={editing ? t('tables.industryChooseTitle', { industry: editing.name }) : ''}
        open={editing !== null}
        initial={editing?.initial ?? systemDefault}
        saving={save.isPending}
        onCancel={() => setEditing(null)}
        onSave={(input) => editing && save.mutate({ industryCode: editing.code, input }, done)}
      />
    </PageContainer>
  );
}
