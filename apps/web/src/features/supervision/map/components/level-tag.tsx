import type { RiskLevel } from '@shuangkong/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { levelHex, levelTextHex } from './level-style.ts';

/** A level in its solid four-color fill. */
export function MapLevelTag({ level, testId }: { level: RiskLevel | null; testId?: string }) {
  const { t } = useTranslation('supervision');
  return (
    <Tag
      style={{ background: levelHex(level), borderColor: levelHex(level), color: levelTextHex(level) }}
      data-testid={testId}
      data-level={level ?? 'none'}
    >
      {t(`map.levels.${level ?? 'none'}`)}
    </Tag>
  );
}
