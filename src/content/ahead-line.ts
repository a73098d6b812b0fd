/**
 * The article card's line of the calendar days the article names (a tax date, a Treasury settlement, a
 * quarter-end: the analyser's `named`): the next of each in the worker's calendar, with the calendar's own
 * words for it (in the reader's language, the page's too). `calendar/get` is asked once, for the next 60 days, and only when the article names one; a
 * day not within them gets nothing.
 */
import type { PageConfig } from '../core/page-config';
import { ext } from './runtime';
import { el } from './ui';

export function nextDays(named: ReadonlySet<string>, cfg: PageConfig) {
  let first: Map<string, string> | undefined;
  return {
    want(): void {
      if (first || !named.size) return;
      const m = (first = new Map());
      (ext.runtime.sendMessage({ type: 'calendar/get', days: 60 }) as Promise<{ events?: Array<{ date: string; kind: string; label: string }> } | undefined>).then(
        (a) => a?.events?.forEach((e) => m.has(e.kind) || m.set(e.kind, `${e.label} ${e.date}`)),
        () => undefined,
      );
    },
    line(box: HTMLElement): void {
      const days = [...named].flatMap((k) => first?.get(k) ?? []);
      if (days.length) box.append(el('span', 'row', cfg.words.cardNext!.replace('$1', days.join(' · '))));
    },
  };
}
