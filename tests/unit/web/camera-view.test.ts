// The camera's arithmetic: fitting nodes with their labels, the URL form of a view, the ring an
// expand's new nodes are placed on, and what a repeated expand says.
import { describe, expect, it } from 'vitest';
import { decodeView, encodeView, fitPoints, ringAround, screenPosition } from '../../../web/src/graph/camera-view.ts';
import type { FitOptions, FitPoint } from '../../../web/src/graph/camera-view.ts';
import { expandNotice } from '../../../web/src/state/state-message.ts';
import { remainingAfter } from '../../../query-service/explore/expand.ts';

const VIEW: FitOptions = {
  width: 1000,
  height: 600,
  padding: 20,
  labelHeight: 13,
  labelGap: 4,
  minRatio: 0.03,
  maxRatio: 8,
};

/** Every node and its label inside the padded viewport for the fitted camera. */
function allInside(points: FitPoint[], o: FitOptions): boolean {
  const fit = fitPoints(points, o);
  if (!fit) return false;
  return points.every((p) => {
    const s = screenPosition(p, fit, o);
    const right = s.x + p.size + (p.labelWidth > 0 ? o.labelGap + p.labelWidth : 0);
    const eps = 1e-6;
    return (
      s.x - p.size >= o.padding - eps &&
      right <= o.width - o.padding + eps &&
      s.y - Math.max(p.size, o.labelHeight / 2) >= o.padding - eps &&
      s.y + Math.max(p.size, o.labelHeight / 2) <= o.height - o.padding + eps
    );
  });
}

describe('fitting nodes with their labels', () => {
  const cases: { name: string; points: FitPoint[] }[] = [
    {
      name: 'a wide spread with a long label on the rightmost node',
      points: [
        { x: -2000, y: 0, size: 8, labelWidth: 40 },
        { x: 3000, y: 500, size: 6, labelWidth: 260 },
      ],
    },
    {
      name: 'a tall spread',
      points: [
        { x: 0, y: -900, size: 5, labelWidth: 80 },
        { x: 10, y: 900, size: 5, labelWidth: 80 },
      ],
    },
    {
      name: 'a cluster far from the origin',
      points: Array.from({ length: 16 }, (_, i) => ({
        x: 5000 + 30 * Math.cos(i),
        y: -4000 + 30 * Math.sin(i),
        size: 4,
        labelWidth: 120,
      })),
    },
    {
      name: 'points with the longest label on the left',
      points: [
        { x: 0, y: 0, size: 10, labelWidth: 300 },
        { x: 700, y: 20, size: 4, labelWidth: 20 },
      ],
    },
  ];
  it.each(cases)('keeps every node and label inside: $name', ({ points }) => {
    expect(allInside(points, VIEW)).toBe(true);
  });

  it('zooms in on a small cluster instead of staying at ratio 1', () => {
    const fit = fitPoints(cases[2]!.points, VIEW);
    expect(fit?.ratio ?? 1).toBeLessThan(0.5);
  });

  it('has nothing to fit without points', () => {
    expect(fitPoints([], VIEW)).toBeNull();
  });
});

describe('the camera in the URL', () => {
  it.each([
    { x: 0.5, y: 0.5, ratio: 1 },
    { x: 0.31254, y: -0.2, ratio: 0.04 },
  ])('round-trips %o (rounded to 4 digits)', (view) => {
    const back = decodeView(encodeView(view));
    expect(back?.x).toBeCloseTo(view.x, 4);
    expect(back?.y).toBeCloseTo(view.y, 4);
    expect(back?.ratio).toBeCloseTo(view.ratio, 4);
  });
  it.each(['', '1,2', 'a,b,c', '0.5,0.5,0', '0.5,0.5,-1', '1e9,0,1'])('rejects %j', (text) => {
    expect(decodeView(text)).toBeNull();
  });
});

describe('new nodes beside their parent', () => {
  it('places them on a ring around the parent, none on top of another', () => {
    const ids = Array.from({ length: 16 }, (_, i) => `measure:x#${i}`);
    const places = ringAround({ x: 100, y: -50 }, ids, 30, 0.3);
    expect([...places.keys()]).toEqual(ids);
    for (const p of places.values()) {
      const d = Math.hypot(p.x - 100, p.y + 50);
      expect(d).toBeGreaterThanOrEqual(30 - 1e-9);
      expect(d).toBeLessThanOrEqual(30 * 1.35 + 1e-9);
    }
    const list = [...places.values()];
    for (let i = 0; i < list.length; i += 1)
      for (let j = i + 1; j < list.length; j += 1)
        expect(Math.hypot(list[i]!.x - list[j]!.x, list[i]!.y - list[j]!.y)).toBeGreaterThan(5);
  });
});

describe('a repeated expand', () => {
  it('counts per type what is left after the batch', () => {
    const rows = [
      ...Array.from({ length: 10 }, () => ({ type: 'LEADS', available: 22 })),
      ...Array.from({ length: 3 }, () => ({ type: 'APPLIES_TO', available: 3 })),
    ];
    expect(remainingAfter(rows)).toEqual({ LEADS: 12, APPLIES_TO: 0 });
    expect(remainingAfter([])).toEqual({});
  });
  it.each<{ added: number; remaining: Record<string, number>; key: string; left: number | undefined }>([
    { added: 10, remaining: { LEADS: 12, SUPPORTS: 47 }, key: 'expandAddedMore', left: 59 },
    { added: 4, remaining: { LEADS: 0 }, key: 'expandAddedAll', left: undefined },
    { added: 0, remaining: {}, key: 'expandAllShown', left: undefined },
  ])('says $key for $added added', ({ added, remaining, key, left }) => {
    const notice = expandNotice('岳阳海关', added, remaining);
    expect(notice.key).toBe(key);
    expect(notice.vars?.['left']).toBe(left);
  });
});
