/** A theme colour from ui/theme.css, read when a chart is drawn (light and dark differ). */
export function cssVar(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}
