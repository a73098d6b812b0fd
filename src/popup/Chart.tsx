/**
 * One indicator's history in uPlot: ranges 1Y / 5Y / Max, a crosshair read out as date and value (also
 * by arrow keys), threshold lines, the dated events from data/chart-events.json, and an optional second
 * series on its own right-hand axis: another indicator, or a market's prices on a log axis (market-overlay.ts).
 * The charts of reserves, the TGA, the RRP and net liquidity also mark the heavy days ahead (ahead-marks.tsx),
 * lettered, with the x range reaching the last of them.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { IndicatorAnswer, SeriesAnswer } from '../core/answer';
import { marksReach } from '../core/ahead/chart-marks';
import { axisDateNames, CHART_RANGES, chartEvents, pointsInRange, toEpochSeconds, type ChartRange } from '../core/chart';
import { formatValue } from '../core/format';
import type { IndicatorId, Lang, Point } from '../core/types';
import type { T } from '../ui/i18n';
import { AccessNotice } from '../ui/AccessNotice';
import { nyDate, worker } from '../ui/extension';
import { chartCopyPath } from '../core/chart-copy';
import { dropChartCopy, showChartCopy } from './chart-copy-handover';
import { keepChartCopy } from './first-paint-copy';
import { cssVar } from './css-var';
import { AheadMarks, markLetter, useAheadMarks } from './ahead-marks';
import { lagLabel, MARKET_IDS, MARKET_LAGS, marketNote, marketOf, marketOption, useMarket, useSecondSeries, type SecondSeries } from './market-overlay';

interface Props {
  indicator: IndicatorAnswer;
  others: IndicatorAnswer[];
  /** The reader's net settlement, USD billions, that makes a day heavy on its own. */
  heavyBn: number;
  lang: Lang;
  t: T;
}

const WIDTH = 372;
const HEIGHT = 190;

/**
 * Both series on one time axis (uPlot wants aligned columns). A date only the other series has is undefined,
 * which uPlot draws across: a weekly line stays a line beside daily prices.
 */
function align(primary: Point[], overlay: Point[] | null): uPlot.AlignedData {
  const dates = [...new Set([...primary.map((p) => p[0]), ...(overlay ?? []).map((p) => p[0])])].sort();
  const a = new Map(primary);
  const b = new Map(overlay ?? []);
  const xs = dates.map(toEpochSeconds);
  const ys = dates.map((d) => a.get(d));
  return overlay ? [xs, ys, dates.map((d) => b.get(d))] : [xs, ys];
}

const isoOf = (sec: number) => new Date(sec * 1000).toISOString().slice(0, 10);

export function Chart({ indicator, others, heavyBn, lang, t }: Props) {
  const [range, setRange] = useState<ChartRange>('1y');
  /** '' (none), another indicator's id, or a market's option ('market:btc'). */
  const [overlayId, setOverlayId] = useState<IndicatorId | ReturnType<typeof marketOption> | ''>('');
  const market = marketOf(overlayId);
  const [lag, setLag] = useState(0);
  const marketState = useMarket(market, lang);
  const marks = useAheadMarks(indicator.id, heavyBn, lang);
  const [series, setSeries] = useState<SeriesAnswer | null>(null);
  const [overlay, setOverlay] = useState<SeriesAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [readout, setReadout] = useState<string>('');
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  // The chart the first paint drew from the copy stands in the box until uPlot has drawn.
  useLayoutEffect(() => showChartCopy(indicator.id, box.current), []);

  useEffect(() => {
    let live = true;
    worker.series(indicator.id, lang).then(
      (s) => {
        if (!performance.getEntriesByName('ll-series').length) performance.mark('ll-series');
        if (live) setSeries(s);
      },
      (e: unknown) => live && setError(String(e)),
    );
    return () => void (live = false);
  }, [indicator.id, indicator.asOf, lang]);

  useEffect(() => {
    let live = true;
    if (!overlayId || market) setOverlay(null);
    else worker.series(overlayId as IndicatorId, lang).then((s) => live && setOverlay(s), () => live && setOverlay(null));
    return () => void (live = false);
  }, [overlayId, lang]);

  const shown = series ? pointsInRange(series.points, range) : [];
  const from = shown[0]?.[0];
  const indicatorSecond = useMemo<SecondSeries | null>(
    () => overlay && { id: overlay.id, label: overlay.label, points: overlay.points, format: (v) => (v == null ? '—' : formatValue(v, overlay.unit, lang, { compact: true })), log: false },
    [overlay, lang],
  );
  const second = useSecondSeries(market, marketState, lag, indicatorSecond, lang, t);
  const inRange = second && from ? second.points.filter(([d]) => d >= from && d <= shown[shown.length - 1]![0]) : null;
  const overlayShown = inRange?.length ? inRange : null;
  const note = market ? marketNote(market, marketState, overlayShown?.length ?? 0, t) : null;

  useEffect(() => {
    if (!box.current || !series || !shown.length) return;
    const data = align(shown, overlayShown);
    const events = chartEvents(indicator.id, t);
    const fg = cssVar('--muted', '#5b6470');
    const grid = cssVar('--line', '#e3e6ea');
    const thresholdColour = cssVar('--threshold', '#bc4c00');
    const bg = cssVar('--bg', '#fff');
    const fmt = (v: number | null | undefined, unit = indicator.unit) => (v == null ? '—' : formatValue(v, unit, lang, { compact: true }));
    const dateNames = axisDateNames(lang);
    const lastShown = shown[shown.length - 1]![0];
    // The x range reaches the last day ahead marked (and a day past it, so its marker is not on the edge).
    const reach = marksReach(marks, lastShown);
    const reachSec = reach > lastShown ? toEpochSeconds(reach) + 86400 : 0;
    const values = shown.map((p) => p[1]);
    const lines = indicator.thresholds.map((x) => x.value);
    const lo = Math.min(...values, ...lines);
    const hi = Math.max(...values, ...lines);
    const pad = (hi - lo || Math.abs(hi) || 1) * 0.08;
    const opts: uPlot.Options = {
      width: WIDTH,
      height: HEIGHT,
      legend: { show: false },
      // Month names on the date axis in the reader's language.
      fmtDate: (tpl) => uPlot.fmtDate(tpl, dateNames),
      cursor: { drag: { x: false, y: false }, points: { size: 6 } },
      scales: { x: { time: true, range: (_u, min, max) => [min, Math.max(max, reachSec)] }, y: { range: [lo - pad, hi + pad] }, ...(overlayShown ? { y2: second!.log ? { distr: 3 } : {} } : {}) },
      axes: [
        { stroke: fg, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid } },
        { stroke: fg, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid }, size: 58, values: (_u, ticks) => ticks.map((v) => fmt(v)) },
        ...(overlayShown ? [{ scale: 'y2', side: 1 as const, stroke: cssVar('--overlay', '#8250df'), grid: { show: false }, size: 58, values: (_u: uPlot, ticks: number[]) => ticks.map((v) => second!.format(v, true)) }] : []),
      ],
      series: [
        {},
        { label: indicator.label, stroke: cssVar('--accent', '#0969da'), width: 1.5, spanGaps: false, points: { show: false } },
        ...(overlayShown ? [{ label: second!.label, scale: 'y2', stroke: cssVar('--overlay', '#8250df'), width: 1.25, dash: [4, 3], spanGaps: true, points: { show: false } }] : []),
      ],
      hooks: {
        draw: [
          // What was drawn, for tests and for anyone inspecting the page.
          (u) => {
            const el = box.current;
            if (!el) return;
            el.dataset.drawn = String(Array.from(u.data[1]!).filter((v) => v != null).length);
            el.dataset.drawnRange = range;
            el.dataset.series = String(u.data.length - 1);
            const drawn2 = u.data[2] ? Array.from(u.data[2]).flatMap((v, i) => (v == null ? [] : [`${isoOf(u.data[0][i]!)}=${v}`])) : [];
            el.dataset.overlay = second?.id ?? '';
            el.dataset.overlayPoints = String(drawn2.length);
            el.dataset.overlayFirst = drawn2[0] ?? '';
            el.dataset.overlayLag = market ? String(lag) : '';
            el.dataset.overlayScale = u.data[2] ? (u.scales.y2?.distr === 3 ? 'log' : 'linear') : '';
            el.dataset.xMax = isoOf(u.scales.x!.max!);
            const marksIn = marks.flatMap((m) => {
              const x = u.valToPos(toEpochSeconds(m.date), 'x', true);
              return x >= u.bbox.left && x <= u.bbox.left + u.bbox.width ? [{ date: m.date, x }] : [];
            });
            el.dataset.aheadMarks = marksIn.map((m) => m.date).join(' ');
            // Where each marker's square is on the canvas (its pixels), for a test to look at.
            el.dataset.aheadMarksAt = marksIn.map((m) => `${Math.round(m.x)},${Math.round(u.bbox.top + 7 * devicePixelRatio)}`).join(' ');
            if (!performance.getEntriesByName('ll-chart-drawn').length) performance.mark('ll-chart-drawn');
            dropChartCopy();
            // The chart as it opens (its first range, nothing beside it), for the next popup opened on it.
            if (range === CHART_RANGES[0] && !u.data[2]) setTimeout(() => keepDrawn(u), 0);
          },
          (u) => {
            const { ctx } = u;
            const { left, top, width, height } = u.bbox;
            const px = devicePixelRatio;
            ctx.save();
            ctx.font = `${10 * px}px system-ui, sans-serif`;
            ctx.textAlign = 'left';
            ctx.textBaseline = 'bottom';
            for (const th of indicator.thresholds) {
              const y = u.valToPos(th.value, 'y', true);
              if (y < top || y > top + height) continue;
              ctx.strokeStyle = thresholdColour;
              ctx.setLineDash([6 * px, 4 * px]);
              ctx.lineWidth = px;
              ctx.beginPath();
              ctx.moveTo(left, y);
              ctx.lineTo(left + width, y);
              ctx.stroke();
              ctx.fillStyle = thresholdColour;
              ctx.fillText(th.label, left + 4 * px, y - 3 * px);
            }
            // A day's dashed line from under its marker down the plot, the marker (its shape), and its label on it.
            const dayMarker = (date: string, colour: string, dash: number[], shape: (x: number) => void, label: string) => {
              const x = u.valToPos(toEpochSeconds(date), 'x', true);
              if (x < left || x > left + width) return;
              ctx.strokeStyle = colour;
              ctx.setLineDash(dash);
              ctx.lineWidth = px;
              ctx.beginPath();
              ctx.moveTo(x, top + 14 * px);
              ctx.lineTo(x, top + height);
              ctx.stroke();
              ctx.setLineDash([]);
              ctx.fillStyle = colour;
              shape(x);
              ctx.fillStyle = bg;
              ctx.textAlign = 'center';
              ctx.textBaseline = 'middle';
              ctx.fillText(label, x, top + 7.5 * px);
            };
            // Past events are numbered circles, heavy days ahead lettered squares; the list under the chart says what each is.
            const circle = (x: number) => {
              ctx.beginPath();
              ctx.arc(x, top + 7 * px, 6.5 * px, 0, 2 * Math.PI);
              ctx.fill();
            };
            const square = (x: number) => ctx.fillRect(x - 6.5 * px, top + 0.5 * px, 13 * px, 13 * px);
            events.forEach((e, n) => dayMarker(e.date, fg, [2 * px, 3 * px], circle, String(n + 1)));
            marks.forEach((m, n) => dayMarker(m.date, thresholdColour, [4 * px, 2 * px], square, markLetter(n)));
            ctx.restore();
          },
        ],
        setCursor: [
          (u) => {
            const i = u.cursor.idx;
            if (i == null) return;
            const x = u.data[0][i]!;
            const parts = [isoOf(x), `${indicator.label}: ${fmt(u.data[1]![i])}`];
            if (u.data[2]) parts.push(`${second!.label}: ${second!.format(u.data[2][i])}`);
            setReadout(parts.join(' · '));
          },
        ],
      },
    };
    /** What uPlot drew, as the copy keeps it (first-paint-copy.ts). */
    const keepDrawn = (u: uPlot) => {
      const px = devicePixelRatio;
      const plotBox = { left: u.bbox.left / px, top: u.bbox.top / px, width: u.bbox.width / px, height: u.bbox.height / px };
      const { min: yMin, max: yMax } = u.scales.y!;
      const { min: xMin, max: xMax } = u.scales.x!;
      if (yMin == null || yMax == null || xMin == null || xMax == null || !shown.length) return;
      const n = u.data[0].length - 1;
      const asOf = isoOf(u.data[0][n]!);
      keepChartCopy({
        id: indicator.id, range, width: WIDTH, height: HEIGHT, plot: plotBox,
        path: chartCopyPath(shown, { width: Math.round(plotBox.width), height: Math.round(plotBox.height), yMin, yMax, xMin, xMax }),
        top: fmt(yMax), bottom: fmt(yMin), from: isoOf(xMin), to: isoOf(xMax), asOf,
        readout: [asOf, `${indicator.label}: ${fmt(u.data[1]![n])}`].join(' · '),
      }, lang, nyDate(Date.now()));
    };
    plot.current?.destroy();
    plot.current = new uPlot(opts, data, box.current);
    const last = data[0].length - 1;
    setReadout([isoOf(data[0][last]!), `${indicator.label}: ${fmt(data[1]![last])}`].join(' · '));
    return () => {
      plot.current?.destroy();
      plot.current = null;
    };
  }, [series, second, range, lang, marks]);

  /** Arrow keys move the crosshair point by point, so the readout works without a mouse. */
  function onKey(e: KeyboardEvent) {
    const u = plot.current;
    if (!u || (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight')) return;
    e.preventDefault();
    const n = u.data[0].length;
    const at = u.cursor.idx ?? n - 1;
    const i = Math.max(0, Math.min(n - 1, at + (e.key === 'ArrowLeft' ? -1 : 1)));
    const left = u.valToPos(u.data[0][i]!, 'x');
    const y = u.data[1]![i];
    u.setCursor({ left, top: y == null ? u.bbox.height / devicePixelRatio / 2 : u.valToPos(y, 'y') });
  }

  const count = shown.length;
  const last = shown[shown.length - 1]?.[0];
  const visibleEvents = chartEvents(indicator.id, t)
    .map((e, n) => ({ e, n }))
    .filter(({ e }) => from !== undefined && last !== undefined && e.date >= from && e.date <= last);
  return (
    <div class="chart" id={`chart-${indicator.id}`} data-ll-chart={indicator.id} data-range={range} data-points={series ? count : ''}>
      <div class="chart-bar">
        <div role="group" aria-label={t('chartRange')} class="ranges">
          {CHART_RANGES.map((r) => (
            <button key={r} type="button" aria-pressed={range === r} data-range={r} onClick={() => setRange(r)}>
              {t(`range_${r}`)}
            </button>
          ))}
        </div>
        <label class="overlay">
          <span>{t('chartCompare')}</span>{' '}
          <select value={overlayId} onChange={(e) => setOverlayId((e.currentTarget as HTMLSelectElement).value as typeof overlayId)}>
            <option value="">{t('chartCompareNone')}</option>
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
            <optgroup label={t('chartMarkets')}>
              {MARKET_IDS.map((id) => (
                <option key={id} value={marketOption(id)}>
                  {t(`market_${id}`)}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
      </div>
      {market && (
        <div class="chart-bar">
          <label class="overlay">
            <span>{t('marketLag')}</span>{' '}
            <select value={String(lag)} data-ll-lag onChange={(e) => setLag(Number((e.currentTarget as HTMLSelectElement).value))}>
              {MARKET_LAGS.map((w) => (
                <option key={w} value={String(w)}>
                  {lagLabel(w, t)}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      {error ? (
        <p class="status">{t('loadFailed')}</p>
      ) : (
        <div
          class="plot"
          ref={box}
          tabIndex={0}
          role="img"
          aria-label={t('chartLabel', indicator.label, t(`range_${range}`), count) + (marks.length ? ` ${t('chartAheadCount', marks.length)}` : '')}
          onKeyDown={onKey}
          style={{ minHeight: `${HEIGHT}px` }}
        />
      )}
      {note?.kind === 'permission' ? (
        <AccessNotice missing={[note.host]} t={t} />
      ) : note ? (
        <p class="status" role="status" data-ll-market-note={note.kind}>
          {note.text}
        </p>
      ) : null}
      {visibleEvents.length > 0 && (
        <ol class="events">
          {visibleEvents.map(({ e, n }) => (
            <li key={e.id} value={n + 1}>
              <a href={e.source} target="_blank" rel="noopener noreferrer">
                {e.label}
              </a>
            </li>
          ))}
        </ol>
      )}
      <AheadMarks marks={marks} heavyBn={heavyBn} lang={lang} t={t} />
      <p class="readout" aria-live="polite">
        {readout}
      </p>
      {market && marketState.answer && (
        <p class="muted small" data-ll-market-owner>
          <a href={marketState.answer.sourceUrl} target="_blank" rel="noopener noreferrer">
            {marketState.answer.owner}
          </a>
          {marketState.answer.asOf && ` · ${t('marketAsOf', marketState.answer.asOf)}`} · {t('marketLogAxis')}
        </p>
      )}
      <p class="muted small">
        {indicator.method} <a href={indicator.source.url} target="_blank" rel="noopener noreferrer">{indicator.source.name}</a>
      </p>
    </div>
  );
}
