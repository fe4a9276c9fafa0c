import type { CalendarDayInput, CalendarYearSummaryDto } from '../../api/models';

/** Pure display rules of the holiday calendar editor (unit-tested; the component only binds them). */

/** Years (of the current and the next) that the calendar has no data for: deadlines there count weekends only. */
export function yearsWithoutData(years: readonly Pick<CalendarYearSummaryDto, 'year' | 'hasData'>[], currentYear: number): number[] {
  return [currentYear, currentYear + 1].filter((y) => !years.some((s) => s.year === y && s.hasData));
}

export interface EditableDay {
  date: string;
  isOffDay: boolean;
  name: string;
}

export type DayProblem = 'missingDate' | 'otherYear' | 'duplicate' | 'missingName';

/** Problems of an edited calendar year by row index (empty when it can be saved). */
export function dayProblems(days: readonly EditableDay[], year: number): Map<number, DayProblem> {
  const problems = new Map<number, DayProblem>();
  const seen = new Set<string>();
  days.forEach((d, i) => {
    if (!d.date) problems.set(i, 'missingDate');
    else if (!d.date.startsWith(`${year}-`)) problems.set(i, 'otherYear');
    else if (seen.has(d.date)) problems.set(i, 'duplicate');
    else if (!d.name.trim()) problems.set(i, 'missingName');
    if (d.date) seen.add(d.date);
  });
  return problems;
}

/** The PUT body's days, sorted by date, names trimmed. */
export function toDayInputs(days: readonly EditableDay[]): CalendarDayInput[] {
  return [...days].sort((a, b) => a.date.localeCompare(b.date)).map((d) => ({ date: d.date, isOffDay: d.isOffDay, name: d.name.trim() }));
}
