// Answers computed from the graph snapshot in TypeScript, for the saved-query cases (cases-more.ts).
import type { QueryResult } from '../../../core/api-types.ts';
import type { Snapshot } from './seeded.ts';

export const ids = (r: QueryResult, c: string): string[] => r.rows.map((row) => String(row[c])).sort();
export const zoneByName = (snap: Snapshot, name: string): string => {
  const z = snap.byLabel('Zone').find((n) => n.props['name'] === name);
  if (!z) throw new Error(`no zone ${name}`);
  return z.id;
};

/** zone id → instrument ids adopted by the zone or by measures located in it */
export function instrumentsByZone(snap: Snapshot): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of snap.rels) {
    if (r.type !== 'ADOPTS' || snap.nodes.get(r.end)?.props['kind'] !== 'instrument') continue;
    const source = snap.nodes.get(r.start);
    const zones = source?.labels.includes('Zone') ? [r.start] : snap.measureZones(r.start);
    for (const z of zones) out.set(z, (out.get(z) ?? new Set()).add(r.end));
  }
  return out;
}

export function measuresIn(snap: Snapshot, zoneIds: Set<string>): string[] {
  return snap
    .byLabel('Measure')
    .filter((m) => snap.measureZones(m.id).some((z) => zoneIds.has(z)))
    .map((m) => m.id);
}

export function bfs(snap: Snapshot, from: string, to: string): number {
  const adj = new Map<string, string[]>();
  for (const r of snap.rels) {
    adj.set(r.start, [...(adj.get(r.start) ?? []), r.end]);
    adj.set(r.end, [...(adj.get(r.end) ?? []), r.start]);
  }
  const dist = new Map([[from, 0]]);
  const queue = [from];
  while (queue.length > 0) {
    const n = queue.shift() as string;
    if (n === to) return dist.get(n) as number;
    for (const m of adj.get(n) ?? []) {
      if (!dist.has(m)) {
        dist.set(m, (dist.get(n) as number) + 1);
        queue.push(m);
      }
    }
  }
  return -1;
}

export function citingPlans(snap: Snapshot, match: (p: Record<string, unknown>) => boolean): string[] {
  const pairs = new Set<string>();
  for (const r of snap.rels) {
    if (r.type !== 'CITES' || !match(snap.nodes.get(r.end)?.props ?? {})) continue;
    const plan = String(snap.nodes.get(r.start)?.props['docId'] ?? r.start);
    pairs.add(`${plan}|${r.end}`);
  }
  return [...pairs].sort();
}

export const fullWidth = (s: string): string => s.replace(/\(/g, '（').replace(/\)/g, '）');
export const titleContains = (wanted: string) => (p: Record<string, unknown>) =>
  fullWidth(String(p['title'] ?? '')).includes(fullWidth(wanted));

export function keywordMeasures(snap: Snapshot, word: string): string[] {
  return snap
    .byLabel('Measure')
    .filter((m) => String(m.props['title'] ?? '').includes(word) || String(m.props['text'] ?? '').includes(word))
    .map((m) => m.id)
    .sort();
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
