/**
 * The `claims/check` answer: every checked figure with its verdict, the data that decided it and the words
 * its card shows in the reader's language, so the content script carries no formatter or histories.
 */
import { PASSAGE_LIMITS } from './limits';
import type { CacheDoc } from '../cache';
import { formatChange, formatValue } from '../format';
import { INDICATOR_BY_ID } from '../indicators';
import { isIndicatorId, type IsoDate, type Lang } from '../types';
import { msg } from '../messages';
import { checkPassages, type CheckedClaim, type UncheckedClaim } from './check';
import type { Claim, ClaimTarget, Passage } from './claims';
import type { Period } from './periods';
import { TERM_KINDS } from '../terms/dictionary';
import type { Cutoff } from '../published';

export interface ClaimAnswer extends CheckedClaim {
  /** The card's lines, in the reader's language. */
  display: {
    name: string;
    verdict: string;
    article: string;
    readAs: string;
    data: string;
    difference: string;
    compared: string;
    window: string;
    label: string;
    /** For a ✗: the lowest and highest value in the window, and when the data last stood at the figure (or that they never did). */
    range?: string;
    lastAt?: string;
    /** For a ≈ that the data bear out at another time: that time, as a question. */
    elsewhen?: string;
  };
}

export interface ClaimsAnswer {
  articleDate: IsoDate | null;
  claims: ClaimAnswer[];
  /** Figures read but not checked, with the reason (a change, a forecast, a period the data do not cover…). */
  unchecked: UncheckedClaim[];
  /** "6 figures checked: 4 match, 1 close, 1 differ"; empty when none was checked. */
  tally: string;
}

const MAX_PASSAGES = PASSAGE_LIMITS.passages;
const MAX_TEXT = PASSAGE_LIMITS.text;
const MAX_TERMS = PASSAGE_LIMITS.terms;

/** Passages from a message (a content script is on an untrusted page): the right shape and sizes, else null. */
export function parsePassages(x: unknown): Passage[] | null {
  if (!Array.isArray(x) || x.length > MAX_PASSAGES) return null;
  const out: Passage[] = [];
  for (const p of x) {
    const o = p as { text?: unknown; terms?: unknown } | null;
    if (typeof o?.text !== 'string' || o.text.length > MAX_TEXT || !Array.isArray(o.terms) || o.terms.length > MAX_TERMS) return null;
    const terms: Passage['terms'] = [];
    for (const t of o.terms as unknown[]) {
      const { start, end, kind } = (t ?? {}) as Record<string, unknown>;
      if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) > o.text.length || (start as number) >= (end as number)) return null;
      if (!(TERM_KINDS as readonly unknown[]).includes(kind)) return null;
      terms.push({ start: start as number, end: end as number, kind: kind as Passage['terms'][number]['kind'] });
    }
    out.push({ text: o.text, terms });
  }
  return out;
}

function nameOf(target: ClaimTarget, lang: Lang): string {
  return isIndicatorId(target) ? INDICATOR_BY_ID[target].labels[lang] : msg(lang, `claimName_${target}`);
}

function periodWords(p: Period, day: IsoDate, lang: Lang): string {
  switch (p.kind) {
    case 'current':
      return msg(lang, 'claimPeriod_current', day);
    case 'day':
      return msg(lang, 'claimPeriod_day', p.date);
    case 'month':
      return msg(lang, 'claimPeriod_month', p.from.slice(0, 7));
    case 'quarter':
      return msg(lang, 'claimPeriod_quarter', `${p.from.slice(0, 4)} Q${(Number(p.from.slice(5, 7)) + 2) / 3}`);
    case 'peak':
      return msg(lang, 'claimPeriod_peak', p.from.slice(0, 4));
  }
}

const value = (c: Claim, x: number, lang: Lang, signed = false) => formatValue(x, c.unit, lang, { precise: true, signed: signed || c.unit === 'bp' });
/** The claimed figure as read, to the digits it was written with: "about $600B", "$2,960B". */
const claimedValue = (c: Claim, lang: Lang) =>
  c.unit === 'usd_bn' ? formatValue(c.value, 'usd_bn', lang, { precise: true, decimals: Math.max(0, -Math.floor(Math.log10(c.step) + 1e-9)) }) : value(c, c.value, lang);

function display(c: CheckedClaim, day: IsoDate, lang: Lang): ClaimAnswer['display'] {
  const claimed = claimedValue(c, lang);
  const read = c.hedge === 'plain' ? claimed : msg(lang, `claimHedge_${c.hedge}`, claimed);
  const compared = msg(lang, c.wednesday ? 'claimCompared_reserves_wed' : `claimCompared_${c.target}`, c.reference ? `${formatValue(c.reference.value, 'usd_bn', lang)}, ${c.reference.date}` : '');
  const verdict = msg(lang, `claimVerdict_${c.verdict}`);
  return {
    name: nameOf(c.target, lang),
    verdict,
    article: msg(lang, 'claimArticle', c.text),
    readAs: msg(lang, 'claimReadAs', `${read} · ${periodWords(c.period, day, lang)}`),
    data: msg(lang, 'claimData', value(c, c.actual, lang), c.asOf),
    difference: msg(lang, 'claimDifference', c.unit === 'pct' ? formatChange(c.difference, 'pct', lang) : value(c, c.difference, lang, true), c.differencePct === null ? '—' : `${c.differencePct >= 0 ? '+' : '−'}${Math.abs(c.differencePct).toFixed(1)}%`),
    compared,
    window: msg(lang, 'claimWindow', c.window.count, c.window.from, c.window.to),
    label: msg(lang, 'claimMarkLabel', c.text, verdict),
    ...(c.verdict === 'differs'
      ? {
          range: msg(lang, 'claimRange', value(c, c.range.low, lang), value(c, c.range.high, lang)),
          lastAt: !c.lastAt
            ? msg(lang, 'claimNeverAt', day)
            : c.lastAt.from === c.lastAt.to
              ? msg(lang, 'claimLastAtDay', c.lastAt.to, value(c, c.lastAt.value, lang))
              : msg(lang, 'claimLastAt', c.lastAt.from, c.lastAt.to, value(c, c.lastAt.value, lang)),
        }
      : {}),
    ...(c.elsewhen ? { elsewhen: msg(lang, 'claimElsewhen', c.elsewhen[0], value(c, c.elsewhen[1], lang)) } : {}),
  };
}

/** `at`: the cut-off of the article's stated time, when its page gave one (check.ts). */
export function buildClaimsAnswer(doc: CacheDoc, passages: readonly Passage[], articleDate: IsoDate | null, today: IsoDate, lang: Lang, headline?: Passage, at?: Cutoff): ClaimsAnswer {
  const { checked, unchecked } = checkPassages(doc, passages, articleDate, today, headline, at);
  const day = articleDate && articleDate < today ? articleDate : today;
  const count = (v: CheckedClaim['verdict']) => checked.filter((c) => c.verdict === v).length;
  return {
    articleDate,
    claims: checked.map((c) => ({ ...c, display: display(c, day, lang) })),
    unchecked,
    tally: checked.length ? msg(lang, 'claimsTally', checked.length, count('match'), count('close'), count('differs')) : '',
  };
}
