/**
 * Liquidity Lens content script: badges on news pages. Top frame only. It never fetches: it asks the
 * worker once for the page's settings and the numbers, then follows storage changes — new numbers
 * repaint the badges, a settings change (site off, density, language) restarts or removes them.
 */
import type { IndicatorsAnswer } from '../core/answer';
import type { PageConfig } from '../core/page-config';
import { initBadges, type BadgesFeature } from './badges';
import { ext } from './runtime';

async function main(): Promise<void> {
  let controller: AbortController | null = null;
  let feature: BadgesFeature | null = null;
  let lang: string | null = null;
  let generation = 0;

  async function start(): Promise<void> {
    const mine = ++generation;
    const cfg = (await ext.runtime.sendMessage({ type: 'page/config' })) as PageConfig | undefined;
    if (mine !== generation) return;
    controller?.abort();
    controller = null;
    feature = null;
    if (!cfg?.enabled) return;
    const answer = (await ext.runtime.sendMessage({ type: 'indicators/get', lang: cfg.lang })) as IndicatorsAnswer | undefined;
    if (mine !== generation || !answer?.indicators) return;
    controller = new AbortController();
    lang = cfg.lang;
    feature = initBadges(controller.signal, cfg, answer);
  }

  ext.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && 'settings' in changes) void start().catch(() => undefined);
    else if (area === 'local' && 'cache' in changes && feature && lang) {
      const f = feature;
      ext.runtime.sendMessage({ type: 'indicators/get', lang }).then((a) => f === feature && a && f.update(a as IndicatorsAnswer), () => undefined);
    }
  });
  await start();
}

if (window.top === window && document.body) main().catch((e: unknown) => console.debug('Liquidity Lens: badges unavailable', e));
