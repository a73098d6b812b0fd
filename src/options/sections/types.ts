import type { Settings } from '../../core/settings';
import type { T } from '../../ui/i18n';

/** What every section of the options page gets: the settings, the words, and a way to save them whole. */
export interface SectionProps {
  s: Settings;
  t: T;
  save: (next: Settings, said?: string) => Promise<void>;
}

export interface StatusProps {
  setStatus: (x: string) => void;
}
