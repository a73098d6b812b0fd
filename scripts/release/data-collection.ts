/**
 * From the first release on, an update never adds a required data collection permission: Firefox's
 * `browser_specific_settings.gecko.data_collection_permissions.required`. Mozilla's Extension Workshop, "Firefox
 * built-in consent for data collection and transmission"
 * (https://extensionworkshop.com/documentation/develop/firefox-builtin-data-consent/):
 *
 *   "When you specify data types in the required list, users must accept this data collection to use the
 *   extension, they cannot opt out."
 *   "When an extension is updated, Firefox only shows the added required data permissions, unless it’s the
 *   special `none` data type, because when the extension doesn’t collect any data, that doesn’t need to be
 *   notified to the user."
 *
 * and of the optional list: "These aren’t presented during installation (except for `technicalAndInteraction`),
 * and they aren’t granted by default." So an added required type puts the update before every reader, as an API
 * permission with a warning does (release/permissions.ts); an optional one, and `none`, do not. Pure: the
 * release script reads the files and calls these.
 */
import type { ReleasedHosts } from './hosts';
import type { RefusedPermission } from './permissions';

/** The manifest's `data_collection_permissions`, as Firefox reads it. */
export interface DataCollection {
  required: string[];
  optional?: string[];
}

/** `none`: the add-on collects nothing, which Firefox does not put to the reader on an update. */
const NOTHING = 'none';

export function isDataCollection(x: unknown): x is DataCollection {
  const list = (v: unknown) => Array.isArray(v) && v.every((p) => typeof p === 'string');
  if (typeof x !== 'object' || x === null) return false;
  const d = x as Partial<DataCollection>;
  return list(d.required) && (d.optional === undefined || list(d.optional));
}

/** The required data types of a manifest (none: a Chrome manifest, which has no such key); null: a key of another shape. */
function requiredDataOf(manifest: any): string[] | null {
  const d: unknown = manifest?.browser_specific_settings?.gecko?.data_collection_permissions;
  if (d === undefined) return [];
  return isDataCollection(d) ? [...new Set(d.required.map(String))] : null;
}

/** The manifest's required data collection types the released version did not require, and why each is refused. */
export function dataCollectionBeyondRelease(manifest: any, released: ReleasedHosts): RefusedPermission[] {
  const had = new Set(released.data_collection_permissions.required);
  const required = requiredDataOf(manifest);
  // A key Firefox would not read as a list passes no check: it is refused as it is, not taken for "nothing required".
  if (required === null) {
    return [{ permission: 'data_collection_permissions', why: `data_collection_permissions is not a required list of strings (and an optional one): ${JSON.stringify(manifest.browser_specific_settings.gecko.data_collection_permissions)}` }];
  }
  return required
    .filter((p) => p !== NOTHING && !had.has(p))
    .map((permission) => ({
      permission,
      why:
        `required data collection permission ${permission} is new since the released ${released.version} (Firefox: data_collection_permissions.required) and is put to the reader on an update ` +
        `(Extension Workshop: “When an extension is updated, Firefox only shows the added required data permissions”; “users must accept this data collection to use the extension, they cannot opt out”): ` +
        `make it optional (data_collection_permissions.optional, asked with permissions.request when its feature is turned on)`,
    }));
}

/**
 * The `data_collection_permissions` a commit's build gives its Firefox manifest, read from that commit's
 * vite.config.ts (firefoxManifest writes it there, not in manifest.json). Exactly one object literal of
 * strings is expected; anything else throws, so that a changed config stops the recording instead of
 * recording nothing.
 */
export function dataCollectionInBuildConfig(viteConfig: string): DataCollection {
  const found = [...viteConfig.matchAll(/data_collection_permissions:\s*(\{[^{}]*\})/g)];
  if (found.length !== 1) throw new Error(`vite.config.ts: expected one data_collection_permissions object, found ${found.length}`);
  const json = found[0]![1]!
    .replace(/'/g, '"')
    .replace(/([{,]\s*)([A-Za-z_]\w*)\s*:/g, '$1"$2":')
    .replace(/,\s*([}\]])/g, '$1');
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new Error(`vite.config.ts: data_collection_permissions is not a plain literal of strings: ${found[0]![1]}`);
  }
  if (!isDataCollection(parsed)) throw new Error(`vite.config.ts: data_collection_permissions needs a required list of strings: ${found[0]![1]}`);
  return parsed;
}
