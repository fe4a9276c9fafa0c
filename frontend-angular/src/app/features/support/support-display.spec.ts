import { describe, expect, it } from 'vitest';
import { canClose, canReopen, canReply, formatBytes, splitMinutes, urgency } from './support-display';

describe('support display rules', () => {
  it('tints breached red and under one service hour orange', () => {
    expect(urgency({ breached: true, atRisk: false, timeLeftMinutes: -5 })).toBe('breached');
    expect(urgency({ breached: false, atRisk: false, timeLeftMinutes: -1 })).toBe('breached');
    expect(urgency({ breached: false, atRisk: true, timeLeftMinutes: 59 })).toBe('atRisk');
    expect(urgency({ breached: false, atRisk: false, timeLeftMinutes: 120 })).toBe('normal');
    expect(urgency({ breached: false, atRisk: false, timeLeftMinutes: null })).toBe('normal');
  });

  it('splits service minutes into hours and minutes', () => {
    expect(splitMinutes(125)).toEqual({ h: 2, m: 5 });
    expect(splitMinutes(-70)).toEqual({ h: 1, m: 10 });
    expect(splitMinutes(0)).toEqual({ h: 0, m: 0 });
  });

  it('allows replies and closing until closed, and reopening within the window only', () => {
    const now = new Date('2026-03-10T12:00:00+08:00');
    expect(canReply({ status: 'WaitingOnCustomer' })).toBe(true);
    expect(canReply({ status: 'Closed' })).toBe(false);
    expect(canClose({ status: 'Resolved' })).toBe(true);
    expect(canClose({ status: 'Closed' })).toBe(false);
    expect(canReopen({ status: 'Closed', reopenUntil: '2026-03-11T12:00:00+08:00' }, now)).toBe(true);
    expect(canReopen({ status: 'Closed', reopenUntil: '2026-03-09T12:00:00+08:00' }, now)).toBe(false);
    expect(canReopen({ status: 'Closed', reopenUntil: null }, now)).toBe(false);
    expect(canReopen({ status: 'Open', reopenUntil: '2026-03-11T12:00:00+08:00' }, now)).toBe(false);
  });

  it('formats file sizes in binary units', () => {
    expect(formatBytes(12)).toBe('12 B');
    expect(formatBytes(2048)).toBe('2 KB');
    expect(formatBytes(1572864)).toBe('1.5 MB');
  });
});

describe('SLA rate', () => {
  it('counts only decided tickets', async () => {
    const { inTimeRate } = await import('./support-display');
    expect(inTimeRate({ firstResponsesInTime: 3, breaches: 1 })).toBe(75);
    expect(inTimeRate({ firstResponsesInTime: 0, breaches: 0 })).toBeNull();
  });
});
