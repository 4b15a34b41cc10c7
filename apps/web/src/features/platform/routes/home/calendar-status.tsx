import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCalendarYears } from '../../api/calendar-api.ts';

/** Reminds the administrator when a year's working-day calendar is still provisional. */
export function CalendarStatus() {
  const { t } = useTranslation('platform');
  const { data } = useCalendarYears();
  const provisional = (data?.data ?? []).filter((y) => y.isProvisional);
  if (provisional.length === 0) return null;
  return (
    <>
      {provisional.map((y) => (
        <Alert
          key={y.year}
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('home.provisional', { year: y.year })}
          action={<Link to={`/admin/calendar?year=${y.year}`}>{t('home.handle')}</Link>}
        />
      ))}
    </>
  );
}
