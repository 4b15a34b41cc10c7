import { inspectionWorkType, type IndicatorRow } from '@shuangkong/contracts';
import { Alert, Badge, Calendar, Card, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { useSession } from '../../../../shared/session/session.ts';
import { useIndicators, type TaskScope } from '../../api/indicators-api.ts';
import { useChecklist } from '../../api/inspection-api.ts';
import { OutcomesCard } from '../../components/outcomes-card.tsx';

const dateOf = (d: Dayjs) => d.format('YYYY-MM-DD');

/**
 * 排查任务日历: a month of tasks, day by day (done, missed, still open), for the whole enterprise
 * or one unit, responsible person or work type; a day opens its tasks and records.
 */
export function TaskCalendarPage() {
  const { t } = useTranslation('inspection');
  const session = useSession();
  const enterpriseId = session.enterprise?.id ?? '';
  const [month, setMonth] = useState(() => dayjs().startOf('month'));
  const [scope, setScope] = useState<TaskScope>({});
  const [day, setDay] = useState<string | null>(null);
  const from = dateOf(month.startOf('month'));
  const to = dateOf(month.endOf('month'));
  const days = useIndicators(enterpriseId, from, to, 'day', scope);
  const people = useIndicators(enterpriseId, from, to, 'person');
  const checklist = useChecklist(enterpriseId);
  const byDay = useMemo(
    () => new Map<string, IndicatorRow>((days.data?.data.rows ?? []).map((r) => [r.key, r])),
    [days.data],
  );
  const units = useMemo(() => {
    const seen = new Map<string, string>();
    for (const item of checklist.data?.data ?? []) seen.set(item.unitId, item.unitName);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [checklist.data]);
  const pick = (patch: TaskScope) => {
    setScope((s) => ({ ...s, ...patch }));
    setDay(null);
  };
  return (
    <PageContainer title={t('calendar.title')}>
      {days.error ? <Alert type="error" title={errorMessage(t, days.error)} /> : null}
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ width: 200 }}
          placeholder={t('calendar.allUnits')}
          options={units}
          value={scope.unitId}
          onChange={(unitId?: string) => pick({ unitId })}
          data-testid="inspection-calendar-unit"
        />
        <Select
          allowClear
          style={{ width: 200 }}
          placeholder={t('calendar.allPeople')}
          options={(people.data?.data.rows ?? []).map((r) => ({
            value: r.key === '' ? 'none' : r.key,
            label: r.key === '' ? t('indicators.nobody') : r.label,
          }))}
          value={scope.responsibleUserId}
          onChange={(responsibleUserId?: string) => pick({ responsibleUserId })}
          data-testid="inspection-calendar-person"
        />
        <Select
          allowClear
          style={{ width: 180 }}
          placeholder={t('calendar.allWorkTypes')}
          options={inspectionWorkType.options.map((w) => ({ value: w, label: t(`workTypes.${w}`) }))}
          value={scope.workType}
          onChange={(workType?: string) => pick({ workType })}
          data-testid="inspection-calendar-work-type"
        />
      </Space>
      <Card size="small">
        <Calendar
          value={day ? dayjs(day) : month}
          onPanelChange={(value) => {
            setMonth(value.startOf('month'));
            setDay(null);
          }}
          onSelect={(value, info) => {
            if (info.source === 'date') setDay(dateOf(value));
          }}
          cellRender={(value, info) => {
            if (info.type !== 'date' || value.month() !== month.month()) return null;
            const row = byDay.get(dateOf(value));
            if (!row) return null;
            return (
              <div data-testid={`inspection-calendar-day-${dateOf(value)}`} style={{ fontSize: 12 }}>
                {row.done > 0 ? <Badge status="success" text={t('calendar.done', { n: row.done })} /> : null}
                {row.missed > 0 ? (
                  <div>
                    <Badge status="error" text={t('calendar.missed', { n: row.missed })} />
                  </div>
                ) : null}
                {row.open > 0 ? (
                  <div>
                    <Badge status="processing" text={t('calendar.open', { n: row.open })} />
                  </div>
                ) : null}
              </div>
            );
          }}
          data-testid="inspection-calendar"
        />
      </Card>
      {day ? (
        <OutcomesCard
          enterpriseId={enterpriseId}
          title={t('calendar.dayTasks', { date: day })}
          filter={{ from: day, to: day, ...scope }}
        />
      ) : null}
    </PageContainer>
  );
}
