/**
 * The worker's `calendar/get` answer for the days from today in New York, asked again whenever the worker
 * rewrites the auctions (storage key `ahead`, background/ahead-store.ts). Shared by the Ahead section and
 * the charts' day markers.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { CalendarAnswer } from '../core/ahead/answer';
import { nyTime } from '../core/calendar';
import { addDays } from '../core/dates';
import type { Lang } from '../core/types';

const AHEAD_KEY = 'ahead';

export interface CalendarState {
  answer: CalendarAnswer | null;
  failed: boolean;
}

/** `days` null asks nothing (a chart that shows no days ahead); `back`: start that many days before today. */
export function useCalendar(days: number | null, lang: Lang, back = 0): CalendarState {
  const [state, setState] = useState<CalendarState>({ answer: null, failed: false });
  useEffect(() => {
    if (days === null) return;
    let live = true;
    const ask = () =>
      (browser.runtime.sendMessage({ type: 'calendar/get', from: addDays(nyTime(Date.now()).date, -back), days, lang }) as Promise<CalendarAnswer>).then(
        (answer) => live && setState({ answer, failed: false }),
        () => live && setState((s) => ({ answer: s.answer, failed: true })),
      );
    void ask();
    const onChanged = (changes: Record<string, unknown>, area: string) => area === 'local' && AHEAD_KEY in changes && void ask();
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [days, lang, back]);
  return state;
}
