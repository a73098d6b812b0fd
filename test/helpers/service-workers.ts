/** Service workers of a Chromium profile, through DevTools (no chrome.* here: the benchmarks use it too). */
import type { BrowserContext, Page } from 'playwright-core';

/**
 * Stops every service worker of the browser, as an idle timeout would (DevTools ServiceWorker.stopAllWorkers),
 * and resolves once DevTools reports an extension's worker stopped. The next message or event starts it again.
 */
export async function stopServiceWorkers(ctx: BrowserContext, page: Page): Promise<void> {
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const stopped = new Promise<void>((ok) =>
    cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: Array<{ runningStatus: string; scriptURL: string }> }) => {
      if (e.versions.some((v) => v.scriptURL.startsWith('chrome-extension://') && v.runningStatus === 'stopped')) ok();
    }),
  );
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}
