import { Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { AssessmentPanel } from '../../components/assessment-form.tsx';
import type { AssessmentFormValues } from '../../components/form-mapping.ts';
import { useSession } from '../../../../shared/session/session.ts';
import { RiskSettingsCard } from './risk-settings-card.tsx';

/** 风险评估: the stateless calculator (LEC / LS / MES / 直接判定), nothing stored. */
export function CalculatorPage() {
  const { t } = useTranslation('risk');
  const [values, setValues] = useState<AssessmentFormValues>({ method: 'lec', factors: {} });
  const enterpriseId = useSession().enterprise?.id ?? '';
  return (
    <PageContainer title={t('assessment.calculatorTitle')} subTitle={t('assessment.calculatorSubtitle')}>
      {enterpriseId ? <RiskSettingsCard enterpriseId={enterpriseId} /> : null}
      <Card style={{ maxWidth: 920 }}>
        <AssessmentPanel value={values} onChange={setValues} />
      </Card>
    </PageContainer>
  );
}
