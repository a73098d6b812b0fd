/**
 * Suggested sites: the sites where this news is read that came after the first release, so an update never
 * asks for them at install. One click asks for exactly one site's origins (or a whole group's, in one prompt);
 * a site once granted is an added site, listed above with its Remove button.
 */
import { suggestedAdded, suggestedByGroup, type SuggestedSite } from '../../core/suggested-sites';
import type { T } from '../../ui/i18n';

interface Props {
  added: readonly string[];
  t: T;
  grantAndAdd: (hosts: string[], said: string) => Promise<boolean>;
}

export function SuggestedSites({ added, t, grantAndAdd }: Props) {
  const groups = suggestedByGroup();
  if (!groups.length) return null;
  const addSites = (sites: SuggestedSite[]) => {
    const hosts = sites.flatMap((x) => x.hosts);
    return grantAndAdd(hosts, t('siteAdded', sites.map((x) => x.name).join(', ')));
  };
  return (
    <div class="suggested" data-ll-suggested>
      <h3 id="h-suggested">{t('optSuggested')}</h3>
      <p class="hint">{t('optSuggestedHint')}</p>
      {groups.map(({ group, sites }) => {
        const toAdd = sites.filter((x) => !suggestedAdded(x, added));
        return (
          <fieldset key={group} data-ll-suggested-group={group}>
            <legend>{t(`suggestGroup_${group}`)}</legend>
            <ul class="sites">
              {sites.map((site) => (
                <li key={site.hosts[0]}>
                  {site.name} <span class="muted">{site.hosts.join(', ')}</span>{' '}
                  {suggestedAdded(site, added) ? (
                    <span class="muted">{t('suggestedAdded')}</span>
                  ) : (
                    <button type="button" data-ll-suggest={site.hosts[0]} aria-label={t('suggestAdd', site.name)} onClick={() => addSites([site])}>
                      {t('suggestAddButton')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
            {toAdd.length > 1 && (
              <button type="button" data-ll-suggest-group={group} onClick={() => addSites(toAdd)}>
                {t('suggestAddAll', String(toAdd.length))}
              </button>
            )}
          </fieldset>
        );
      })}
    </div>
  );
}
