// Shared by the query, API and export tests: a driver to the test Neo4j holding exactly the seed
// plans (reset and reloaded only when it holds something else), and a plain snapshot of the graph
// read with simple statements, from which the tests compute expected answers in TypeScript —
// independently of the saved queries' Cypher.
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { readdir } from 'node:fs/promises';
import { SEED_DIR, loadSeeds, resetDatabase, testDriver } from '../../setup/neo4j.ts';

export interface SnapNode {
  id: string;
  labels: string[];
  props: Record<string, unknown>;
}
export interface SnapRel {
  type: string;
  start: string;
  end: string;
  props: Record<string, unknown>;
}
export interface Snapshot {
  nodes: Map<string, SnapNode>;
  rels: SnapRel[];
  /** ids of nodes related by `type` from `id` (outgoing) */
  out(type: string, id: string): string[];
  /** ids of nodes related by `type` to `id` (incoming) */
  in(type: string, id: string): string[];
  byLabel(label: string): SnapNode[];
  /** the zones a measure is located in: APPLIES_TO zones, else its plan's COVERS zones */
  measureZones(measureId: string): string[];
  /** the zone itself and every zone below it */
  zoneAndBelow(zoneId: string): Set<string>;
  /** ancestors of a measure through PART_OF (not including itself) */
  measureAncestors(measureId: string): string[];
  name(id: string): string;
}

/** The test driver with the seeds loaded (SavedQuery nodes of earlier tests removed). */
export async function seededDriver(): Promise<Driver> {
  const driver = testDriver();
  await ensureSeeds(driver);
  return driver;
}

/** Resets and reloads when the database holds anything but the seeds; else only checks the load. */
export async function ensureSeeds(driver: Driver): Promise<void> {
  const seeds = (await readdir(SEED_DIR)).filter((f) => f.endsWith('.txt')).length;
  const session = driver.session();
  try {
    await session.run('MATCH (q:SavedQuery) DELETE q');
    const count = async (cypher: string): Promise<number> => {
      const rec = (await session.run(cypher)).records[0];
      return rec ? Number(rec.get(0)) : 0;
    };
    const docs = await count('MATCH (d:Document) RETURN count(d)');
    const anonymous = await count('MATCH (n) WHERE n.id IS NULL RETURN count(n)');
    if (docs !== seeds || anonymous !== 0) await resetDatabase(driver);
  } finally {
    await session.close();
  }
  const report = await loadSeeds(driver);
  if (report.failed > 0) throw new Error(`seed load failed: ${JSON.stringify(report.files.filter((f) => f.error))}`);
}

const plain = (value: unknown): unknown => {
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(plain);
  return value;
};

export async function snapshot(driver: Driver): Promise<Snapshot> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const nodeRes = await session.run(
      'MATCH (n) WHERE n.id IS NOT NULL AND NOT n:SavedQuery RETURN n.id AS id, labels(n) AS labels, properties(n) AS props',
    );
    const relRes = await session.run(
      'MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS props',
    );
    const nodes = new Map<string, SnapNode>();
    for (const r of nodeRes.records) {
      const props = Object.fromEntries(
        Object.entries(r.get('props') as Record<string, unknown>).map(([k, v]) => [k, plain(v)]),
      );
      nodes.set(r.get('id') as string, { id: r.get('id') as string, labels: r.get('labels') as string[], props });
    }
    const rels: SnapRel[] = relRes.records.map((r) => ({
      type: r.get('type') as string,
      start: r.get('start') as string,
      end: r.get('end') as string,
      props: Object.fromEntries(
        Object.entries(r.get('props') as Record<string, unknown>).map(([k, v]) => [k, plain(v)]),
      ),
    }));
    return makeSnapshot(nodes, rels);
  } finally {
    await session.close();
  }
}

function makeSnapshot(nodes: Map<string, SnapNode>, rels: SnapRel[]): Snapshot {
  const outIndex = new Map<string, string[]>();
  const inIndex = new Map<string, string[]>();
  for (const r of rels) {
    push(outIndex, `${r.type}|${r.start}`, r.end);
    push(inIndex, `${r.type}|${r.end}`, r.start);
  }
  const out = (type: string, id: string): string[] => [...new Set(outIndex.get(`${type}|${id}`) ?? [])];
  const inn = (type: string, id: string): string[] => [...new Set(inIndex.get(`${type}|${id}`) ?? [])];
  const isZone = (id: string): boolean => nodes.get(id)?.labels.includes('Zone') ?? false;
  const snap: Snapshot = {
    nodes,
    rels,
    out,
    in: inn,
    byLabel: (label) => [...nodes.values()].filter((n) => n.labels.includes(label)),
    measureZones: (id) => {
      const applied = out('APPLIES_TO', id).filter(isZone);
      if (applied.length > 0) return applied;
      const docId = String(nodes.get(id)?.props['docId']);
      return out('COVERS', docId).filter(isZone);
    },
    zoneAndBelow: (zoneId) => {
      const found = new Set([zoneId]);
      const queue = [zoneId];
      while (queue.length > 0) {
        const z = queue.shift() as string;
        for (const child of inn('PART_OF', z).filter(isZone)) {
          if (!found.has(child)) {
            found.add(child);
            queue.push(child);
          }
        }
      }
      return found;
    },
    measureAncestors: (id) => {
      const found: string[] = [];
      let frontier = [id];
      while (frontier.length > 0) {
        const next = frontier
          .flatMap((m) => out('PART_OF', m))
          .filter((m) => nodes.get(m)?.labels.includes('Measure') && !found.includes(m));
        found.push(...next);
        frontier = next;
      }
      return found;
    },
    name: (id) => String(nodes.get(id)?.props['name'] ?? nodes.get(id)?.props['title'] ?? id),
  };
  return snap;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Counts of a list of keys, as a plain object. */
export function tally(keys: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of keys) out[k] = (out[k] ?? 0) + 1;
  return out;
}
