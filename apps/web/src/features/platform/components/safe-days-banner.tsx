import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { safeProductionDays } from '../../../shared/format/civil-date.ts';

/** 连续安全生产 N 天, the large-number banner users expect on the enterprise home. Hidden without a date. */
export function SafeDaysBanner({ safeSinceDate }: { safeSinceDate: string | null | undefined }) {
  const { t } = useTranslation('platform');
  const days = safeProductionDays(safeSinceDate);
  if (days === null || !safeSinceDate) return null;
  return (
    <Flex
      align="center"
      gap={16}
      data-testid="safe-days-banner"
      style={{
        background: 'linear-gradient(90deg, #0f7b3f, #2aa95b)',
        color: '#fff',
        borderRadius: 8,
        padding: '16px 24px',
        marginBottom: 16,
      }}
    >
      <SafetyCertificateOutlined style={{ fontSize: 40 }} />
      <div>
        <Typography.Text style={{ color: '#e6fff0', fontSize: 16 }}>{t('home.safeDays')}</Typography.Text>
        <div>
          <span style={{ fontSize: 40, fontWeight: 700, lineHeight: 1.1 }} data-testid="safe-days">
            {days}
          </span>
          <span style={{ fontSize: 18, marginLeft: 6 }}>{t('home.safeDaysUnit')}</span>
        </div>
        <Typography.Text style={{ color: '#d9f7e6' }}>
          {t('home.safeSince', { date: safeSinceDate })}
        </Typography.Text>
      </div>
    </Flex>
  );
}
