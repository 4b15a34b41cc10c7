import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  InputNumber,
  Popover,
  Select,
  Skeleton,
  Space,
  Switch,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isApiError } from '../../../../shared/api/api-error.ts';
import { errorMessage, issueMessage } from '../../../../shared/api/error-message.ts';
import { ErrorResult } from '../../../../shared/components/error-result.tsx';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { shanghaiToday } from '../../../../shared/format/civil-date.ts';
import { formatDateTime } from '../../../../shared/format/date.ts';
import { fieldPathOf } from '../../../../shared/forms/field-path.ts';
import {
  useCalendarYear,
  useCalendarYears,
  useSaveCalendarYear,
  type CalendarDay,
} from '../../api/calendar-api.ts';
import { setDay } from '../../components/calendar-grid.ts';
import { YearCalendar } from '../../components/year-calendar.tsx';
import { DayEditor } from './day-editor.tsx';

type DayError = { date: string; message: string };

/** 工作日历: one year at a time; click a day to mark it 休 or 班, then save the whole year. */
export function CalendarPage() {
  const { t } = useTranslation('platform');
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const years = useCalendarYears();
  const thisYear = Number(shanghaiToday().slice(0, 4));
  const requested = Number(params.get('year'));
  const year = Number.isInteger(requested) && requested > 1900 ? requested : thisYear;
  const { data, isLoading, error, refetch } = useCalendarYear(year);
  const save = useSaveCalendarYear();
  const [days, setDays] = useState<CalendarDay[]>([]);
  const [isProvisional, setProvisional] = useState(true);
  const [isDirty, setDirty] = useState(false);
  const [editing, setEditing] = useState<{ date: string; weekday: number } | null>(null);
  const [dayErrors, setDayErrors] = useState<DayError[]>([]);
  const [newYear, setNewYear] = useState<number | null>(thisYear + 1);

  useEffect(() => {
    setDays(data?.data.days ?? []);
    setProvisional(data?.data.isProvisional ?? true);
    setDirty(false);
    setDayErrors([]);
  }, [data, year]);

  const yearOptions = useMemo(() => {
    const known = new Set((years.data?.data ?? []).map((y) => y.year));
    known.add(year);
    return [...known].sort((a, b) => b - a).map((y) => ({ value: y, label: String(y) }));
  }, [years.data, year]);
  const summary = years.data?.data.find((y) => y.year === year);
  const isNotFound = isApiError(error) && error.status === 404;

  const onSave = () =>
    save.mutate(
      { year, isProvisional, days },
      {
        onSuccess: () => {
          setDirty(false);
          setDayErrors([]);
          void message.success(t('calendar.saved', { year }));
        },
        onError: (err) => {
          // The server names the offending day by index ('body.days.3.date'); show it by date.
          const issues = isApiError(err)
            ? err.issues.length
              ? err.issues
              : err.field
                ? [{ field: err.field, message: err.message }]
                : []
            : [];
          const mapped = issues.flatMap((issue) => {
            const [list, index] = fieldPathOf(issue.field);
            const day = list === 'days' && typeof index === 'number' ? days[index] : undefined;
            return day ? [{ date: day.date, message: issueMessage(t, issue.message) }] : [];
          });
          setDayErrors(mapped);
          void message.error(errorMessage(t, err));
        },
      },
    );

  const holidays = days.filter((d) => d.kind === 'holiday').length;
  return (
    <PageContainer
      title={t('calendar.title')}
      subTitle={t('calendar.subtitle')}
      extra={
        <>
          <Select
            value={year}
            options={yearOptions}
            onChange={(y: number) => setParams({ year: String(y) })}
            style={{ width: 110 }}
            data-testid="calendar-year"
          />
          <Popover
            trigger="click"
            content={
              <Space>
                <InputNumber
                  min={2000}
                  max={2100}
                  value={newYear}
                  onChange={setNewYear}
                  placeholder={t('calendar.addYearPrompt')}
                />
                <Button
                  type="primary"
                  disabled={!newYear}
                  onClick={() => newYear && setParams({ year: String(newYear) })}
                >
                  {t('common:actions.confirm')}
                </Button>
              </Space>
            }
          >
            <Button icon={<PlusOutlined />}>{t('calendar.addYear')}</Button>
          </Popover>
          <Button
            type="primary"
            onClick={onSave}
            loading={save.isPending}
            disabled={!isDirty && !isNotFound}
            data-testid="calendar-save"
          >
            {t('calendar.save')}
          </Button>
        </>
      }
    >
      {error && !isNotFound ? (
        <ErrorResult error={error} onRetry={() => void refetch()} />
      ) : isLoading ? (
        <Skeleton active />
      ) : (
        <>
          <Card style={{ marginBottom: 16 }}>
            <Flex wrap gap={24} align="center" justify="space-between">
              <Space size="large" wrap>
                <Space>
                  <Typography.Text>{t('calendar.isProvisional')}</Typography.Text>
                  <Switch
                    checked={isProvisional}
                    onChange={(checked) => {
                      setProvisional(checked);
                      setDirty(true);
                    }}
                    data-testid="calendar-provisional"
                  />
                  <Tag color={isProvisional ? 'orange' : 'green'}>
                    {isProvisional ? t('calendar.isProvisional') : t('calendar.published')}
                  </Tag>
                </Space>
                <Typography.Text type="secondary">
                  {t('calendar.summary', { holidays, workdays: days.length - holidays })}
                </Typography.Text>
                {summary ? (
                  <Typography.Text type="secondary">
                    {t('calendar.updatedAt', { time: formatDateTime(summary.updatedAt) })}
                  </Typography.Text>
                ) : null}
                {isDirty ? <Tag color="processing">{t('calendar.dirty')}</Tag> : null}
              </Space>
              <Space>
                <Tag color="red">{t('calendar.legend.holiday')}</Tag>
                <Tag color="blue">{t('calendar.legend.workday')}</Tag>
              </Space>
            </Flex>
            {isProvisional ? (
              <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
                {t('calendar.provisionalHint')}
              </Typography.Paragraph>
            ) : null}
          </Card>
          {dayErrors.length ? (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              title={dayErrors.map((e) => (
                <div key={e.date}>{t('calendar.dayError', { date: e.date, message: e.message })}</div>
              ))}
            />
          ) : null}
          <YearCalendar
            year={year}
            days={days}
            errorDates={new Set(dayErrors.map((e) => e.date))}
            onPick={(date, weekday) => setEditing({ date, weekday })}
          />
        </>
      )}
      {editing ? (
        <DayEditor
          date={editing.date}
          weekday={editing.weekday}
          current={days.find((d) => d.date === editing.date)}
          onClose={() => setEditing(null)}
          onSave={(kind, name) => {
            setDays((current) => setDay(current, editing.date, kind, name));
            setDirty(true);
          }}
        />
      ) : null}
    </PageContainer>
  );
}
