/**
 * npm run claims:score [-- PAGE_SUBSTRING]: the annotated corpus (test/fixtures/claims-dev) read and checked by
 * the core in Node, in a second — the quick loop while changing the claim reader. The browser's own score is
 * `node ../shared/claims-dev/score.mjs` on a build (README, "Checking the article's own figures").
 */
import { fixturesDoc } from '../test/helpers/docs';
import { scoreCorpus } from '../test/helpers/claims-corpus';

const s = scoreCorpus(fixturesDoc(), '2026-12-01', process.argv[2]);
for (const l of s.lines) if (!l.includes(': ok ') || process.argv.includes('--all')) console.log(l);
console.log(`\nagreement ${s.agreement.toFixed(2)} coverage ${s.coverage.toFixed(2)} (${s.covered}/${s.verdictable}) false ✗ ${s.falseX} on supported + ${s.extraX} unannotated; marks on none ${s.onNone}; extra ${s.extra}`);
