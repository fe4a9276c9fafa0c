import { describe, expect, it } from 'vitest';
import { dayProblems, toDayInputs, yearsWithoutData } from './calendar-display';

describe('calendar display rules', () => {
  it('finds the current or next year missing from the calendar', () => {
    expect(yearsWithoutData([{ year: 2026, hasData: true }], 2026)).toEqual([2027]);
    expect(
      yearsWithoutData(
        [
          { year: 2026, hasData: true },
          { year: 2027, hasData: true },
        ],
        2026,
      ),
    ).toEqual([]);
    expect(yearsWithoutData([{ year: 2027, hasData: false }], 2026)).toEqual([2026, 2027]);
  });

  it('validates edited calendar days and builds the sorted PUT body', () => {
    const days = [
      { date: '2026-10-01', isOffDay: true, name: ' 国庆节 ' },
      { date: '', isOffDay: true, name: 'x' },
      { date: '2025-01-01', isOffDay: true, name: '元旦' },
      { date: '2026-10-01', isOffDay: true, name: 'dup' },
      { date: '2026-09-28', isOffDay: false, name: '' },
    ];
    expect([...dayProblems(days, 2026)]).toEqual([
      [1, 'missingDate'],
      [2, 'otherYear'],
      [3, 'duplicate'],
      [4, 'missingName'],
    ]);
    expect(dayProblems([days[0]], 2026).size).toBe(0);
    expect(toDayInputs([days[0], { date: '2026-09-28', isOffDay: false, name: '调休' }])).toEqual([
      { date: '2026-09-28', isOffDay: false, name: '调休' },
      { date: '2026-10-01', isOffDay: true, name: '国庆节' },
    ]);
  });
});
