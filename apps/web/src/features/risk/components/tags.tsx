import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { levelHex, levelKey, levelTextHex, type RiskLevel } from './levels.ts';

type LevelTagProps = { level: RiskLevel | null | undefined; short?: boolean; testId?: string };

/** A level in its fixed four-colour fill (红 重大 · 橙 较大 · 黄 一般 · 蓝 低), grey when not assessed. */
export function LevelTag({ level, short, testId }: LevelTagProps) {
  const { t } = useTranslation('risk');
  return (
    <Tag
      // A solid fill in the level's own color: antd's custom-color tags are tinted, which made
      // white text on red unreadable.
      style={{
        background: levelHex(level),
        borderColor: levelHex(level),
        color: levelTextHex(level),
        marginInlineEnd: 4,
      }}
      data-testid={testId}
      data-level={level ?? 'none'}
    >
      {t(levelKey(level, short))}
    </Tag>
  );
}

const statusColor = {
  draft: 'default',
  submitted: 'processing',
  reviewed: 'cyan',
  approved: 'success',
} as const;
export type UnitStatus = keyof typeof statusColor;

export function StatusTag({ status, testId }: { status: UnitStatus; testId?: string }) {
  const { t } = useTranslation('risk');
  return (
    <Tag color={statusColor[status]} data-testid={testId} data-status={status}>
      {t(`status.${status}`)}
    </Tag>
  );
}

/**
 * 失控: the unit has a missed or overdue check (ADR 0012); the reason shows on hover. Nothing when
 * the unit is under control.
 */
export function OutOfControlTag({ reason, testId }: { reason: string | null | undefined; testId?: string }) {
  const { t } = useTranslation('risk');
  if (!reason) return null;
  return (
    <Tooltip title={reason}>
      <Tag color="error" data-testid={testId} data-reason={reason} style={{ marginInlineStart: 4 }}>
        {t('register.outOfControl')}
      </Tag>
    </Tooltip>
  );
}

/** A coloured dot for trees and legends. */
export function LevelDot({ level, title }: { level: RiskLevel | null | undefined; title?: string }) {
  const dot = (
    <span
      style={{
        display: 'inline-block',
        width: 10,
        height: 10,
        borderRadius: '50%',
        background: levelHex(level),
        marginInlineEnd: 6,
        verticalAlign: 'middle',
      }}
    />
  );
  return title ? <Tooltip title={title}>{dot}</Tooltip> : dot;
}
