/**
 * The reader's settings from what storage.sync holds under `settings`: repaired, each new set of problems said
 * once; a newer version's are not read (nor written over), and the defaults stand in for them. No browser API
 * here: store.ts reads storage and hands the value over, so the reading is tested in Node.
 */
import { upgrade } from '../core/schema';
import { DEFAULT_SETTINGS, repairSettings, settingProblemText, settingsProblems, type Settings } from '../core/settings';

let reported = '';
/** Said once for each new set of problems (the settings are read on every message). */
function reportProblems(problems: string[]): void {
  const key = problems.join('\n');
  if (key && key !== reported) console.warn(`Liquidity Lens: settings: ${problems.join('; ')}`);
  reported = key;
}

export function settingsOf(stored: unknown): Settings {
  const read = upgrade('settings', stored);
  if (read.state === 'newer') {
    console.warn(`Liquidity Lens: the settings are version ${read.version}, written by a newer Liquidity Lens; the defaults are used and the stored settings kept`);
    return DEFAULT_SETTINGS;
  }
  const doc = read.state === 'current' ? read.doc : stored;
  reportProblems(settingsProblems(doc).map(settingProblemText));
  return repairSettings(doc);
}
