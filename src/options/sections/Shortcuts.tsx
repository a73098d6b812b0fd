/**
 * The keyboard shortcuts (manifest `commands`): opening the popup and checking the selected text, with the keys
 * the browser has for them now (commands.getAll: the reader may have changed or cleared them), and the way to
 * the browser's own shortcut settings. Chrome's page (chrome://extensions/shortcuts) cannot be a link from an
 * extension page, only opened as a tab; Firefox opens its own (commands.openShortcutSettings, Firefox 137+).
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { T } from '../../ui/i18n';

type Shortcut = { name: string; shortcut: string; description: string };
type FirefoxCommands = { openShortcutSettings?: () => Promise<void> };

export function ShortcutsSection({ t }: { t: T }) {
  const [list, setList] = useState<Shortcut[] | null>(null);
  useEffect(() => {
    const read = () => void browser.commands.getAll().then((cs) => setList(cs.map((c) => ({ name: c.name ?? '', shortcut: c.shortcut ?? '', description: c.description ?? '' }))), () => setList([]));
    read();
    // Back from the browser's shortcut settings: the keys may have changed.
    addEventListener('focus', read);
    return () => removeEventListener('focus', read);
  }, []);
  const firefox = typeof (browser.commands as unknown as FirefoxCommands).openShortcutSettings === 'function';
  const open = () =>
    firefox ? (browser.commands as unknown as FirefoxCommands).openShortcutSettings!() : browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  return (
    <section aria-labelledby="h-shortcuts">
      <h2 id="h-shortcuts">{t('optShortcuts')}</h2>
      <ul data-ll-shortcuts>
        {(list ?? []).map((c) => (
          <li key={c.name} data-ll-command={c.name} data-ll-shortcut={c.shortcut}>
            {c.name === '_execute_action' ? t('optShortcut_execute_action') : c.description}: <kbd>{c.shortcut || t('optShortcutNone')}</kbd>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => void open().catch(() => undefined)} data-ll-shortcuts-open>
        {t('optShortcutsChange')}
      </button>
      {firefox && <p class="muted">{t('optShortcutsFirefox')}</p>}
    </section>
  );
}
