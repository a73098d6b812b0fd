/**
 * Each gauge rule's default threshold and the range a reader may set it to: numbers only, so the settings
 * are repaired without loading the rules' words (the popup paints before any message catalogue but its own).
 */
/** SOFR above EFFR by more than this (bp), day after day, is the 2019-style warning. */
export const SOFR_EFFR_ALERT_BP = 5;

export interface GaugeLimits {
  threshold: number;
  range: readonly [number, number];
}

export const GAUGE_LIMITS: Readonly<Record<string, GaugeLimits>> = {
  reserves_below_ample: { threshold: 10, range: [1, 30] },
  reserves_at_2019_level: { threshold: 7, range: [1, 30] },
  rrp_empty: { threshold: 50, range: [0, 2000] },
  sofr_above_iorb: { threshold: 0, range: [-50, 50] },
  sofr_tail_high: { threshold: 10, range: [-50, 200] },
  tgcr_above_iorb: { threshold: 0, range: [-50, 50] },
  sofr_above_effr_persistent: { threshold: SOFR_EFFR_ALERT_BP, range: [-20, 50] },
  srf_in_use: { threshold: 1, range: [0, 500] },
  srf_heavy: { threshold: 25, range: [0, 1000] },
};

/** A rule's id with its limits; throws at load for a rule without any, so the two lists cannot drift apart. */
export function limitsOf(id: string): { id: string } & GaugeLimits {
  const l = GAUGE_LIMITS[id];
  if (!l) throw new Error(`gauge rule ${id} has no limits`);
  return { id, ...l };
}
