import { describe, expect, it } from 'vitest';
import { checkIncoming, combine, coverage, mergeWindow } from '../../src/core/series';
import type { Point } from '../../src/core/types';

const P = (d: string, v: number): Point => [d, v];

describe('combining providers of one quantity', () => {
  it('the preferred provider wins where it has data, the other fills before and after', () => {
    const nyfed = [P('2026-02-11', 1.048), P('2026-02-12', 2.844)];
    const fred = [P('2026-02-10', 1.447), P('2026-02-11', 1.048), P('2026-02-12', 2.844), P('2026-02-13', 0.377)];
    expect(combine([{ id: 'nyfed', points: nyfed }, { id: 'fred', points: fred }])).toEqual({
      points: fred,
      origin: ['fred', 'nyfed', 'nyfed', 'fred'],
    });
  });

  it('a gap of weeks in the preferred provider is filled by the other, not left empty', () => {
    const nyfed = [P('2024-06-03', 5.35), P('2024-06-04', 5.33), P('2026-10-01', 4.1)];
    const fred = [P('2024-06-04', 5.33), P('2025-03-03', 4.33), P('2026-09-30', 4.2)];
    expect(coverage(nyfed)).toEqual([['2024-06-03', '2024-06-04'], ['2026-10-01', '2026-10-01']]);
    const c = combine([{ id: 'nyfed', points: nyfed }, { id: 'fred', points: fred }]);
    expect(c.points.map(([d]) => d)).toEqual(['2024-06-03', '2024-06-04', '2025-03-03', '2026-09-30', '2026-10-01']);
    expect(c.origin).toEqual(['nyfed', 'nyfed', 'fred', 'fred', 'nyfed']);
  });
});

describe('taking an answer into the cache', () => {
  const cached = [P('2026-06-03', 3080), P('2026-06-10', 3080.723), P('2026-06-17', 3033.444)];

  it('the answer is authoritative over its own dates (revisions), the cache keeps the rest', () => {
    expect(mergeWindow(cached, [P('2026-06-10', 3081), P('2026-06-17', 3033.444), P('2026-06-24', 3010)])).toEqual([
      P('2026-06-03', 3080), P('2026-06-10', 3081), P('2026-06-17', 3033.444), P('2026-06-24', 3010),
    ]);
  });

  it('refuses answers that end early, lack cached dates, or are empty where the cache is not', () => {
    expect(checkIncoming(cached, [P('2026-06-10', 3080.723)], '2026-06-01')).toMatchObject({ kind: 'truncated' });
    expect(checkIncoming(cached, [P('2026-06-03', 3080), P('2026-06-17', 3033.444)], '2026-06-01')).toMatchObject({ kind: 'truncated' });
    expect(checkIncoming(cached, [], '2026-06-01')).toMatchObject({ kind: 'empty' });
    expect(checkIncoming(cached, [], '2026-07-01')).toBeNull();
    expect(checkIncoming(cached, [P('2026-06-17', 3033.444), P('2026-06-24', 3010)], '2026-06-15')).toBeNull();
  });
});
