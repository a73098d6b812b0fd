/** The reader's language: the browser's, or one chosen here. */
import type { Settings } from '../../core/settings';
import type { SectionProps } from './types';

export function LanguageSection({ s, t, save }: SectionProps) {
  const names: Record<Settings['language'], string> = { auto: t('langAuto'), en: 'English', zh_TW: '繁體中文', zh_CN: '简体中文' };
  return (
    <section aria-labelledby="h-lang">
      <h2 id="h-lang">{t('optLanguage')}</h2>
      <select aria-labelledby="h-lang" value={s.language} data-ll-language onChange={(e) => save({ ...s, language: e.currentTarget.value as Settings['language'] })}>
        {(Object.keys(names) as Array<Settings['language']>).map((k) => (
          <option key={k} value={k}>
            {names[k]}
          </option>
        ))}
      </select>
    </section>
  );
}
