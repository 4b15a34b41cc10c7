import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../shared/api/client.ts';
import type { Envelope } from '../../../shared/api/envelope.ts';

export type CalendarDayKind = 'holiday' | 'workday';
export type CalendarDay = { date: string; kind: CalendarDayKind; name: string };
export type CalendarYearSummary = { year: number; isProvisional: boolean; updatedAt: string };
export type CalendarYear = { year: number; isProvisional: boolean; days: CalendarDay[] };

export const calendarKeys = {
  all: ['calendar'] as const,
  years: ['calendar', 'years'] as const,
  year: (year: number) => ['calendar', 'year', year] as const,
};

export function useCalendarYears() {
  return useQuery({
    queryKey: calendarKeys.years,
    queryFn: ({ signal }) => api.get<Envelope<CalendarYearSummary[]>>('/calendar/years', undefined, signal),
  });
}

export function useCalendarYear(year: number | null) {
  return useQuery({
    queryKey: calendarKeys.year(year ?? 0),
    queryFn: ({ signal }) =>
      api.get<Envelope<CalendarYear>>(`/calendar/years/${year ?? 0}`, undefined, signal),
    enabled: year !== null,
  });
}

export function useSaveCalendarYear() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CalendarYear) =>
      api.put<Envelope<unknown>>(`/calendar/years/${input.year}`, {
        isProvisional: input.isProvisional,
        days: input.days,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}
