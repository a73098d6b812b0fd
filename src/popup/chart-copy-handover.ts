/**
 * The chart the first paint drew from the copy (public/popup-first-paint.js), taken from the copy into the
 * popup's own chart box as the popup takes the page over, and shown there until uPlot has drawn: the chart's
 * code and the series come after the first numbers, and the place would otherwise be empty.
 */
let held: HTMLElement | null = null;

/** Shows the copy's chart in `box`, if the copy drew one of that indicator (taken from the copy, the first time). */
export function showChartCopy(id: string, box: HTMLElement | null): void {
  held ??= document.querySelector<HTMLElement>('#ll-copy [data-ll-copy-chart]');
  if (box && held && held.dataset.llCopyChart === id) box.append(held);
}

/** uPlot has drawn: the copy's chart goes for good. */
export function dropChartCopy(): void {
  held?.remove();
  held = null;
}
