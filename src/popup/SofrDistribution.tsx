/**
 * SOFR's distribution in uPlot: the 1st–99th and 25th–75th percentile bands around the rate, with IORB and
 * the ON RRP award rate as lines, so the tail lifting before the median shows. Shown under the SOFR − IORB and
 * SOFR-tail cards. Days without published percentiles (before the NY Fed's held history) are gaps in the bands.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { axisDateNames, CHART_RANGES, rangeStart, toEpochSeconds, type ChartRange } from '../core/chart';
import type { SofrSeriesAnswer } from '../core/distribution';
import { formatValue } from '../core/format';
import type { Lang } from '../core/types';
import type { T } from '../ui/i18n';
import { worker } from '../ui/extension';
import { cssVar } from './css-var';

const WIDTH = 372;
const HEIGHT = 190;

const isoOf = (sec: number) => new Date(sec * 1000).toISOString().slice(0, 10);

export function SofrDistribution({ lang, t }: { lang: Lang; t: T }) {
  const [range, setRange] = useState<ChartRange>('1y');
  const [answer, setAnswer] = useState<SofrSeriesAnswer | null>(null);
  const [error, setError] = useState(false);
  const [readout, setReadout] = useState('');
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    worker.sofrDistribution(lang).then((a) => live && setAnswer(a), () => live && setError(true));
    return () => void (live = false);
  }, [lang]);

  useEffect(() => {
    if (!box.current || !answer?.bands || !answer.lines || !answer.points.length) return;
    const from = rangeStart(answer.points, range);
    const cut = <V,>(xs: V[]) => xs.slice(from);
    const points = cut(answer.points);
    const { p1, p25, p75, p99 } = answer.bands;
    const columns = [cut(p99), cut(p75), points.map((p) => p[1]), cut(p25), cut(p1), cut(answer.lines.iorb), cut(answer.lines.rrp_rate)];
    const data: uPlot.AlignedData = [points.map(([d]) => toEpochSeconds(d)), ...columns];
    const all = columns.flat().filter((v): v is number => v != null);
    const lo = Math.min(...all);
    const hi = Math.max(...all);
    const pad = (hi - lo || 1) * 0.08;
    const fg = cssVar('--muted', '#5b6470');
    const grid = cssVar('--line', '#e3e6ea');
    const accent = cssVar('--accent', '#0969da');
    const threshold = cssVar('--threshold', '#bc4c00');
    const overlay = cssVar('--overlay', '#8250df');
    const pct = (v: number | null | undefined) => (v == null ? '—' : formatValue(v, 'pct', lang));
    const edge = { stroke: 'transparent', width: 0, points: { show: false }, spanGaps: false };
    const opts: uPlot.Options = {
      width: WIDTH,
      height: HEIGHT,
      legend: { show: false },
      fmtDate: (tpl) => uPlot.fmtDate(tpl, axisDateNames(lang)),
      cursor: { drag: { x: false, y: false }, points: { show: false } },
      scales: { x: { time: true }, y: { range: [lo - pad, hi + pad] } },
      axes: [
        { stroke: fg, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid } },
        { stroke: fg, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid }, size: 52, values: (_u, ticks) => ticks.map((v) => formatValue(v, 'pct', lang, { compact: true })) },
      ],
      series: [
        {},
        { label: 'p99', ...edge },
        { label: 'p75', ...edge },
        { label: answer.label, stroke: accent, width: 1.5, spanGaps: false, points: { show: false } },
        { label: 'p25', ...edge },
        { label: 'p1', ...edge },
        { label: 'IORB', stroke: threshold, width: 1.25, dash: [6, 4], spanGaps: false, points: { show: false } },
        { label: 'ON RRP', stroke: overlay, width: 1.25, dash: [2, 3], spanGaps: false, points: { show: false } },
      ],
      // Upper series first: 1st–99th light, 25th–75th darker, both in the rate's colour.
      bands: [
        { series: [1, 5], fill: `${accent}22` },
        { series: [2, 4], fill: `${accent}55` },
      ],
      hooks: {
        draw: [
          (u) => {
            const el = box.current;
            if (!el) return;
            el.dataset.drawn = String(points.length);
            el.dataset.bandDays = String(columns[0]!.filter((v) => v != null).length);
            el.dataset.iorbDays = String(columns[5]!.filter((v) => v != null).length);
            el.dataset.rrpRateDays = String(columns[6]!.filter((v) => v != null).length);
            el.dataset.drawnRange = range;
            void u;
          },
        ],
        setCursor: [
          (u) => {
            const i = u.cursor.idx;
            if (i == null) return;
            setReadout(readoutAt(i));
          },
        ],
      },
    };
    const readoutAt = (i: number) =>
      [
        isoOf(data[0][i]!),
        `SOFR ${pct(data[3]![i])}`,
        `${t('distP1P99')} ${pct(data[5]![i])}–${pct(data[1]![i])}`,
        `${t('distP25P75')} ${pct(data[4]![i])}–${pct(data[2]![i])}`,
        `IORB ${pct(data[6]![i])}`,
        `ON RRP ${pct(data[7]![i])}`,
      ].join(' · ');
    const plot = new uPlot(opts, data, box.current);
    setReadout(readoutAt(points.length - 1));
    return () => plot.destroy();
  }, [answer, range, lang]);

  const bandDays = answer?.bands?.p99.filter((v) => v != null).length ?? 0;
  return (
    <div class="chart distribution" data-ll-distribution="sofr" data-range={range}>
      <div class="chart-bar">
        <strong class="small">{t('distTitle')}</strong>
        <div role="group" aria-label={t('chartRange')} class="ranges">
          {CHART_RANGES.map((r) => (
            <button key={r} type="button" aria-pressed={range === r} data-range={r} onClick={() => setRange(r)}>
              {t(`range_${r}`)}
            </button>
          ))}
        </div>
      </div>
      {error ? (
        <p class="status">{t('loadFailed')}</p>
      ) : (
        <div class="plot" ref={box} role="img" aria-label={t('distLabel', t(`range_${range}`))} style={{ minHeight: `${HEIGHT}px` }} />
      )}
      <p class="readout" aria-live="polite">
        {readout}
      </p>
      <p class="muted small">
        {t('distLegend')} {answer && bandDays === 0 ? t('distNoBands') : ''}
      </p>
      <p class="muted small">{answer?.sources?.join(' · ')}</p>
    </div>
  );
}
