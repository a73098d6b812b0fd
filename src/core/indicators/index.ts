/** The registry: every indicator, in the order the product shows them. */
import type { IndicatorId } from '../types';
import { balanceSheetPace } from './balance-sheet-pace';
import { fedAssets } from './fed-assets';
import { netLiquidity } from './net-liquidity';
import { reserves } from './reserves';
import { reservesGdp } from './reserves-gdp';
import { reservesWed } from './reserves-wed';
import { rrp } from './rrp';
import { runway } from './runway';
import { sofrEffr } from './sofr-effr';
import { sofrIorb } from './sofr-iorb';
import { sofrTail } from './sofr-tail';
import { sofrVolume } from './sofr-volume';
import { srf } from './srf';
import { tga } from './tga';
import { tgcrIorb } from './tgcr-iorb';
import { totalLiquidity } from './total-liquidity';
import type { IndicatorDef } from './types';

export const INDICATORS: readonly IndicatorDef[] = [
  reserves,
  reservesWed,
  reservesGdp,
  rrp,
  sofrEffr,
  sofrIorb,
  sofrTail,
  tgcrIorb,
  sofrVolume,
  fedAssets,
  balanceSheetPace,
  tga,
  netLiquidity,
  totalLiquidity,
  srf,
  runway,
];

export const INDICATOR_BY_ID = Object.fromEntries(INDICATORS.map((d) => [d.id, d])) as Record<IndicatorId, IndicatorDef>;
