/**
 * "Check the selected text": the selection check of the context menu, for the tab the popup was opened on
 * (the popup's opening grants that tab, activeTab). The worker does the checking (background/selection.ts):
 * the marks appear on the page, or the results window opens where the page cannot show them; the popup closes
 * so that the reader sees them.
 */
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { T } from '../ui/i18n';
import { activeTab } from './active-tab';

export function CheckSelection({ t }: { t: T }) {
  const [busy, setBusy] = useState(false);
  async function check() {
    const tab = await activeTab;
    if (!tab) return;
    setBusy(true);
    await browser.runtime.sendMessage({ type: 'selection/check', tabId: tab.id }).catch(() => undefined);
    setBusy(false);
    window.close();
  }
  return (
    <p class="check-selection">
      <button type="button" class="link" onClick={check} disabled={busy} aria-busy={busy} data-ll-check-selection>
        {busy ? t('selectionChecking') : t('selectionCheck')}
      </button>
    </p>
  );
}
