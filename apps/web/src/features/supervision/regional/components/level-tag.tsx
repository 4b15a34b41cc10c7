import { riskColorHex, riskLevelColor, type RiskLevel, type SupervisionTier } from '@shuangkong/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** A risk level in its colour (红橙黄蓝); grey 未评定 when there is none. */
export function LevelTag({ level }: { level: RiskLevel | null }) {
  const { t } = useTranslation('supervision');
  if (level === null) return <Tag>{t('regional.levels.unassessed')}</Tag>;
  return (
    <Tag
      color={riskColorHex[riskLevelColor[level]]}
      style={level === 'significant' || level === 'general' ? { color: '#000' } : undefined}
    >
      {t(`regional.levels.${level}`)}
    </Tag>
  );
}

const tierColors: Record<SupervisionTier, string> = {
  key: 'red',
  strict: 'orange',
  general: 'gold',
  routine: 'blue',
};

export function TierTag({ tier }: { tier: SupervisionTier }) {
  const { t } = useTranslation('supervision');
  return (
    <Tag color={tierColors[tier]} data-testid={`tier-${tier}`}>
      {t(`regional.tiers.${tier}`)}
    </Tag>
  );
}
