import { describe, expect, it } from 'vitest';
import { parseCalendarWindow } from '../../src/core/ahead/request';

describe('calendar/get: the window asked for', () => {
  it('defaults to 14 days from today (the worker fills in today)', () => {
    expect(parseCalendarWindow(undefined, undefined)).toEqual({ days: 14 });
    expect(parseCalendarWindow('2026-01-12', 60)).toEqual({ from: '2026-01-12', days: 60 });
    expect(parseCalendarWindow(undefined, 1)).toEqual({ days: 1 });
  });

  it.each([
    ['2026-02-30', 14],
    ['12/01/2026', 14],
    [20260112, 14],
    [undefined, 0],
    [undefined, 61],
    [undefined, 7.5],
    [undefined, '14'],
    [undefined, null],
  ])('refuses from=%s days=%s', (from, days) => {
    expect(parseCalendarWindow(from, days)).toBeNull();
  });
});
