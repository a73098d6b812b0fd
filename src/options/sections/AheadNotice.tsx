/**
 * The day-before notification of a heavy day (background/ahead-notice.ts): on or off through the optional
 * `notifications` permission, as the gauge's notifications, and a week's snooze (the notification's own button
 * does the same in Chrome; Firefox's notifications have none).
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { dayTitle } from '../../core/ahead/day-words';
import { EMPTY_NOTICE, NOTICE_KEY, readNotice, resumed, snoozed, type NoticeState } from '../../core/ahead/notice';
import { nyTime } from '../../core/calendar';
import { formatValue } from '../../core/format';
import type { Lang } from '../../core/types';
import type { SectionProps, StatusProps } from './types';

export function AheadNoticeSection({ s, t, lang, save, setStatus }: SectionProps & StatusProps & { lang: Lang }) {
  const [notice, setNotice] = useState<NoticeState | null>(null);
  useEffect(() => {
    const read = async () => {
      const r = readNotice((await browser.storage.local.get(NOTICE_KEY))[NOTICE_KEY]);
      setNotice(r.state === 'current' ? r.notice : r.state === 'none' ? EMPTY_NOTICE : null);
    };
    void read();
    const onChanged = (changes: Record<string, unknown>, area: string) => area === 'local' && NOTICE_KEY in changes && void read();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  async function setOn(on: boolean) {
    if (on && !(await browser.permissions.request({ permissions: ['notifications'] }).catch(() => false))) return setStatus(t('permissionDenied'));
    await save({ ...s, aheadNotifications: on });
  }
  const today = nyTime(Date.now()).date;
  const until = notice?.snoozedUntil && notice.snoozedUntil > today ? notice.snoozedUntil : null;
  /** Applied to the state as stored now, not this page's copy: the worker may have recorded a day told since. */
  async function write(change: (n: NoticeState) => NoticeState, said: string) {
    const r = readNotice((await browser.storage.local.get(NOTICE_KEY))[NOTICE_KEY]);
    const fresh = r.state === 'current' ? r.notice : r.state === 'none' ? EMPTY_NOTICE : null;
    if (!fresh) return; // a newer version's state: left as it is
    await browser.storage.local.set({ [NOTICE_KEY]: change(fresh) });
    setStatus(said);
  }
  return (
    <section aria-labelledby="h-ahead-notice">
      <h2 id="h-ahead-notice">{t('optAheadNotice')}</h2>
      <label class="check">
        <input type="checkbox" checked={s.aheadNotifications} onChange={(e) => setOn(e.currentTarget.checked)} data-ll-ahead-notify /> {t('aheadNotifyLabel')}
      </label>
      <p class="hint">{t('aheadNotifyHint', formatValue(s.aheadThresholdBn, 'usd_bn', lang, { compact: true }))}</p>
      {notice && s.aheadNotifications && (
        <p class="row" data-ll-ahead-snooze={until ?? ''}>
          {until ? (
            <>
              <span>{t('aheadSnoozedUntil', dayTitle(until, lang, true))}</span>{' '}
              <button type="button" onClick={() => write(resumed, t('aheadResumed'))}>
                {t('aheadResume')}
              </button>
            </>
          ) : (
            <button type="button" onClick={() => write((n) => snoozed(n, today), t('aheadSnoozed'))}>
              {t('aheadNoticeSnooze')}
            </button>
          )}
        </p>
      )}
    </section>
  );
}
