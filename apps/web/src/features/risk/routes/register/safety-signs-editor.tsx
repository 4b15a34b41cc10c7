import {
  safetySignCategory,
  safetySigns,
  safetySignsOf,
  suggestSafetySigns,
  type CardSafetySign,
} from '@shuangkong/contracts';
import { App, Button, Checkbox, Empty, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { useReplaceSafetySigns } from '../../api/register-api.ts';
import { SafetySignBadge } from '../../components/safety-sign.tsx';

/** The GB 2894 signs posted at a unit, picked by kind; the post card prints them. */
export function SafetySignsEditor({
  enterpriseId,
  unitId,
  signs,
  accidentTypes1986,
  canEdit,
}: {
  enterpriseId: string;
  unitId: string;
  signs: CardSafetySign[];
  /** The unit's events' accident types, for the suggestion. */
  accidentTypes1986: string[];
  canEdit: boolean;
}) {
  const { t } = useTranslation('risk');
  const { message } = App.useApp();
  const save = useReplaceSafetySigns(enterpriseId);
  const [codes, setCodes] = useState<string[]>(signs.map((s) => s.code));
  if (!canEdit) {
    return signs.length ? (
      <Flex wrap gap={8} data-testid="risk-unit-safety-signs">
        {signs.map((s) => (
          <SafetySignBadge key={s.code} sign={s} />
        ))}
      </Flex>
    ) : (
      <Empty />
    );
  }
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="risk-unit-safety-signs">
      <Typography.Text type="secondary">{t('unit.safetySignsHint')}</Typography.Text>
      <Flex wrap gap={8}>
        {safetySignsOf(codes).map((s) => (
          <SafetySignBadge key={s.code} sign={s} />
        ))}
      </Flex>
      {safetySignCategory.options.map((category) => (
        <div key={category}>
          <Typography.Text strong>{t(`unit.safetySignCategories.${category}`)}</Typography.Text>
          <Checkbox.Group
            style={{ display: 'flex', flexWrap: 'wrap', gap: 4, marginTop: 4 }}
            value={codes.filter((c) => c.startsWith(codePrefix[category]))}
            onChange={(picked) =>
              setCodes((all) => [...all.filter((c) => !c.startsWith(codePrefix[category])), ...picked])
            }
            options={safetySigns
              .filter((s) => s.category === category)
              .map((s) => ({ value: s.code, label: s.nameZh }))}
            data-testid={`risk-unit-safety-signs-${category}`}
          />
        </div>
      ))}
      <Space>
        <Button
          data-testid="risk-unit-safety-signs-suggest"
          onClick={() => setCodes((all) => [...all, ...suggestSafetySigns(accidentTypes1986)])}
        >
          {t('unit.suggestSafetySigns')}
        </Button>
        <Button
          type="primary"
          loading={save.isPending}
          data-testid="risk-unit-safety-signs-save"
          onClick={() =>
            save.mutate(
              { unitId, signCodes: safetySignsOf(codes).map((s) => s.code) },
              {
                onSuccess: () => void message.success(t('common.saved')),
                onError: (e) => void message.error(errorMessage(t, e)),
              },
            )
          }
        >
          {t('unit.saveSafetySigns')}
        </Button>
      </Space>
    </Space>
  );
}

const codePrefix = { prohibition: 'P', warning: 'W', mandatory: 'M', information: 'E' } as const;
