/**
 * Notifications when a gauge rule starts or stops firing. Off by default; the options page asks for the
 * `notifications` permission when the reader turns them on. The last firing set is kept in storage (the
 * worker may be stopped between refreshes), and is updated even while notifications are off so that
 * turning them on never replays old changes.
 */
import browser from 'webextension-polyfill';
import type { IndicatorsAnswer } from '../core/answer';
import { firingRuleIds } from '../core/gauge';
import { msg } from '../core/messages';
import { SCHEMAS, upgrade } from '../core/schema';
import type { Settings } from '../core/settings';

const FIRING_KEY = 'gaugeFiring';

export async function noticeGaugeChanges(a: IndicatorsAnswer, settings: Settings): Promise<void> {
  const now = firingRuleIds(a.gauge);
  const read = upgrade('gaugeFiring', (await browser.storage.local.get(FIRING_KEY))[FIRING_KEY]);
  if (read.state === 'newer') return; // a newer version's record is kept; it tells of changes this one cannot
  const stored = read.state === 'current' ? (read.doc as { ids?: unknown }) : undefined;
  const before = Array.isArray(stored?.ids) ? (stored.ids as string[]) : null;
  await browser.storage.local.set({ [FIRING_KEY]: { version: SCHEMAS.gaugeFiring.current, ids: now, at: a.computedAt } });
  if (!before || !settings.notifications) return;
  const started = now.filter((id) => !before.includes(id));
  const stopped = before.filter((id) => !now.includes(id));
  if (!started.length && !stopped.length) return;
  if (!(await browser.permissions.contains({ permissions: ['notifications'] }))) return;
  const lines = [
    ...started.map((id) => a.gauge.rules.find((r) => r.id === id)!.text),
    ...stopped.flatMap((id) => {
      const r = a.gauge.rules.find((x) => x.id === id);
      return r ? [`${msg(a.lang, 'notifyStopped')} ${r.text}`] : [];
    }),
  ];
  await browser.notifications.create('gauge', {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: `${msg(a.lang, 'gaugeLabel')}: ${msg(a.lang, `gauge_${a.gauge.state}`)}`,
    message: lines.join('\n'),
  });
}
