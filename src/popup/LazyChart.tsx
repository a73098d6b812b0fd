/**
 * The chart and uPlot load on first use — a chart opened, or a pointer over the cards — never before the
 * popup's first numbers: they are most of the popup's script.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ComponentProps } from 'preact';
import type { Chart as ChartComponent } from './Chart';
import { showChartCopy } from './chart-copy-handover';

type Props = ComponentProps<typeof ChartComponent>;

let chartModule: Promise<typeof ChartComponent> | null = null;

export function loadChart(): Promise<typeof ChartComponent> {
  if (!chartModule) {
    chartModule = import('./Chart').then((m) => m.Chart);
    chartModule.catch(() => (chartModule = null)); // a failed load is tried again next time
  }
  return chartModule;
}

export function LazyChart(props: Props) {
  const [Chart, setChart] = useState<typeof ChartComponent | null>(null);
  const [failed, setFailed] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  // Until the chart's code is in, the chart the first paint drew from the copy stands here.
  useLayoutEffect(() => showChartCopy(props.indicator.id, box.current), [Chart]);
  useEffect(() => {
    let live = true;
    loadChart().then((c) => live && setChart(() => c), () => live && setFailed(true));
    return () => void (live = false);
  }, []);
  if (Chart) return <Chart {...props} />;
  return (
    <div class="chart chart-loading" id={`chart-${props.indicator.id}`} aria-busy={!failed} ref={box}>
      {failed && <p class="muted small">{props.t('loadFailed')}</p>}
    </div>
  );
}

type DistributionComponent = typeof import('./SofrDistribution').SofrDistribution;
let distributionModule: Promise<DistributionComponent> | null = null;

/** The cards whose chart is read with SOFR's distribution beside it. */
export const WITH_DISTRIBUTION: ReadonlySet<string> = new Set(['sofr_iorb', 'sofr_tail']);

export function LazySofrDistribution(props: ComponentProps<DistributionComponent>) {
  const [Distribution, setDistribution] = useState<DistributionComponent | null>(null);
  useEffect(() => {
    let live = true;
    if (!distributionModule) {
      distributionModule = import('./SofrDistribution').then((m) => m.SofrDistribution);
      distributionModule.catch(() => (distributionModule = null));
    }
    distributionModule.then((c) => live && setDistribution(() => c), () => undefined);
    return () => void (live = false);
  }, []);
  return Distribution ? <Distribution {...props} /> : <div class="chart chart-loading" aria-busy="true" />;
}
