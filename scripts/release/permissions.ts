/**
 * From the first release on, an update never adds a required API permission that carries an install warning
 * (Chrome: the extension is disabled on that update until its reader accepts the warning; Firefox: the update
 * waits, the old version kept, until its reader approves it). Which permissions warn is data, in the documents'
 * own words (scripts/release/permission-warnings.json); a permission neither document places is refused too,
 * until someone has looked it up and recorded it. Pure: the release script reads the files and calls this.
 */
import warningsData from './permission-warnings.json';
import type { ReleasedHosts } from './hosts';

export interface PermissionWarnings {
  warnings: Record<string, { chrome?: string; firefox?: string }>;
  withoutWarning: Record<string, string>;
}

export const PERMISSION_WARNINGS: PermissionWarnings = warningsData;

/** A required API permission the release refuses, and why (said in the release's problem list). */
export interface RefusedPermission {
  permission: string;
  why: string;
}

/** The manifest's required API permissions the released version did not have and an update may not add. */
export function permissionsBeyondRelease(manifest: any, released: ReleasedHosts, table: PermissionWarnings = PERMISSION_WARNINGS): RefusedPermission[] {
  const had = new Set(released.permissions);
  const refused: RefusedPermission[] = [];
  for (const permission of new Set<string>((manifest.permissions ?? []).map(String))) {
    if (had.has(permission) || Object.hasOwn(table.withoutWarning, permission)) continue;
    const warning = Object.hasOwn(table.warnings, permission) ? table.warnings[permission]! : undefined;
    const said = warning && [warning.chrome && `Chrome: “${warning.chrome}”`, warning.firefox && `Firefox: “${warning.firefox}”`].filter(Boolean).join('; ');
    refused.push({
      permission,
      why: said
        ? `required permission ${permission} is new since the released ${released.version} and carries an install warning (${said}): on an update adding it Chrome disables the extension and Firefox holds the update until the reader accepts it; make it optional (optional_permissions, asked when its feature is turned on)`
        : `required permission ${permission} is new since the released ${released.version} and scripts/release/permission-warnings.json does not say whether it carries an install warning: look it up in Chrome's and Firefox's lists and record it, or make it optional (optional_permissions)`,
    });
  }
  return refused;
}
