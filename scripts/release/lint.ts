/**
 * Mozilla's addons-linter on the Firefox package, and what the release refuses from it. A linter that cannot
 * be run, or answers with something other than its JSON report, is an error, never "0 errors".
 */
import { spawnSync } from 'node:child_process';

export interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
export interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
}

/** Runs the linter at `bin` on `target` (a directory or zip); throws when it did not run or gave no report. */
export function runAddonsLinter(bin: string, target: string, cwd?: string): LintReport {
  const run = spawnSync(bin, ['--output', 'json', target], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw new Error(`addons-linter could not be run (${bin}): ${run.error.message}`);
  return parseLintReport(run.stdout ?? '', run.status, run.stderr ?? '');
}

/** The linter's JSON report from its output (it exits 1 when it found errors, which is still a report). */
export function parseLintReport(stdout: string, status: number | null, stderr = ''): LintReport {
  const at = stdout.indexOf('{');
  let report: Partial<LintReport> | undefined;
  try {
    report = at >= 0 ? (JSON.parse(stdout.slice(at)) as Partial<LintReport>) : undefined;
  } catch {
    report = undefined;
  }
  if (!report || !Array.isArray(report.errors) || !Array.isArray(report.warnings)) {
    throw new Error(`addons-linter gave no report (exit ${status}): ${(stderr || stdout).trim().slice(0, 300) || 'no output'}`);
  }
  return { errors: report.errors, warnings: report.warnings };
}

/** Warnings whose code the reviewer notes do not mention. */
export function unexplainedWarnings(report: LintReport, reviewerNotes: string): LintMessage[] {
  return report.warnings.filter((w) => !reviewerNotes.includes(w.code));
}

/** Whether the changelog has a section for this version ("## 0.1.0", optionally followed by a date). */
export function changelogHasVersion(changelog: string, version: string): boolean {
  return new RegExp(`^## ${version.replace(/\./g, '\\.')}(?![\\w.])`, 'm').test(changelog);
}
