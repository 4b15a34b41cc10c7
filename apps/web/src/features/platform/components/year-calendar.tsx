import { Card, Col, Row, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CalendarDay } from '../api/calendar-api.ts';
import { isDayOff, monthGrid } from './calendar-grid.ts';
import styles from './year-calendar.module.css';

type Props = {
  year: number;
  days: CalendarDay[];
  onPick?: (date: string, weekday: number) => void;
  errorDates?: ReadonlySet<string>;
};

/** Twelve month grids; 休 marks holidays in red, 班 marks make-up workdays. */
export function YearCalendar({ year, days, onPick, errorDates }: Props) {
  const { t } = useTranslation('platform');
  const byDate = new Map(days.map((d) => [d.date, d]));
  const weekdays = t('calendar.weekdays').split(',');
  return (
    <Row gutter={[16, 16]}>
      {Array.from({ length: 12 }, (_, i) => i + 1).map((month) => (
        <Col key={month} xs={24} sm={12} lg={8} xxl={6}>
          <Card size="small" title={t('calendar.months', { month })}>
            <table className={styles.month}>
              <thead>
                <tr>
                  {weekdays.map((w) => (
                    <th key={w}>{w}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {monthGrid(year, month).map((week, wi) => (
                  <tr key={wi}>
                    {week.map((cell, ci) => {
                      if (!cell) return <td key={ci} />;
                      const entry = byDate.get(cell.date);
                      const classes = [
                        styles.day,
                        isDayOff(cell, byDate) ? styles.off : '',
                        entry?.kind === 'holiday' ? styles.holiday : '',
                        entry?.kind === 'workday' ? styles.workday : '',
                        errorDates?.has(cell.date) ? styles.error : '',
                        onPick ? styles.clickable : '',
                      ].join(' ');
                      const button = (
                        <button
                          type="button"
                          className={classes}
                          disabled={!onPick}
                          onClick={() => onPick?.(cell.date, cell.weekday)}
                          data-testid={`calendar-day-${cell.date}`}
                        >
                          {cell.day}
                          {entry ? (
                            <span className={styles.mark}>
                              {entry.kind === 'holiday'
                                ? t('calendar.holidayMark')
                                : t('calendar.workdayMark')}
                            </span>
                          ) : null}
                        </button>
                      );
                      return (
                        <td key={ci}>
                          {entry?.name ? <Tooltip title={entry.name}>{button}</Tooltip> : button}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
