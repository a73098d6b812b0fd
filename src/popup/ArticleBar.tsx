/**
 * On a page with a dated article, the popup offers the data as of the article's date: the content script of
 * the tab says what date it read (it only reads), and the cards and gauge switch to that day, one click back.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { ArticleDate } from '../core/article/date';
import type { T } from '../ui/i18n';
import { activeTab } from './active-tab';

interface Props {
  t: T;
  asOf: string | null;
  /** The newest observation in today's data (an article dated on or after it is current). */
  newest: string | null;
  onAsOf: (date: string | null) => void;
}

export function ArticleBar({ t, asOf, newest, onAsOf }: Props) {
  const [date, setDate] = useState<string | null>(null);
  useEffect(() => {
    activeTab
      .then((tab) => (tab ? (browser.tabs.sendMessage(tab.id, { type: 'page/article' }) as Promise<ArticleDate | undefined>) : undefined))
      .then((a) => a?.date && setDate(a.date))
      // No content script on this tab (not a news site): nothing to offer.
      .catch(() => undefined);
  }, []);
  if (!date || (!asOf && newest && date >= newest)) return null;
  return (
    <p class="article-bar" data-ll-article-bar={date}>
      {asOf ? t('popupShowingAsOf', asOf) : t('popupArticleDated', date)}{' '}
      <button type="button" class="link" data-ll-as-of-toggle onClick={() => onAsOf(asOf ? null : date)}>
        {asOf ? t('popupBackToNow') : t('popupAsOfArticle')}
      </button>
    </p>
  );
}
