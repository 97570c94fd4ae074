// What the CSV cannot carry (bulk/csv-files.ts fixups: empty lists), set on the imported graph. Where
// the image shows that every node of a label has the key and those whose value the CSV could not hold
// all hold the same value, one statement over the label sets it on the nodes that lack the key (a
// label scan, no id lookup, no index needed): exactly the fix-ups of that (label, key). The others are
// set by id, a row per node (relationship), grouped by label (type and endpoint labels).
import type { Driver, Session } from 'neo4j-driver';
import { labelOfId, REL_TYPES } from '../../../../core/model.ts';
import type { CsvFiles } from './csv-files.ts';
import type { GraphImage, Value } from './graph-image.ts';

type Fixup = CsvFiles['fixups'][number];

export interface FixupPlan {
  /** set on every node of `label` without `key` (exact: see planFixups) */
  labelWide: { label: string; key: string; value: Value }[];
  /** the others, set by id */
  rows: Fixup[];
}

/** rows set per statement, and per transaction of a label-wide statement */
const FIXUP_ROWS = 10_000;

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const pair = (label: string, key: string): string => `${label}\u0000${key}`;

/** The fix-ups of `fixups` that one statement per (label, key) sets exactly, checked on the image:
 *  every node of the label has the key, and every such node's fix-up for it has the same value (so
 *  the nodes without the key after the import are those fix-ups, all set to that value). */
export function planFixups(image: GraphImage, fixups: Fixup[]): FixupPlan {
  const value = new Map<string, string>();
  const inexact = new Set<string>();
  for (const f of fixups) {
    if (!f.node) continue;
    const at = pair(labelOfId(f.node), f.key);
    const json = JSON.stringify(f.value);
    if ((value.get(at) ?? json) !== json) inexact.add(at);
    value.set(at, json);
  }
  const fixed = new Map<string, string>();
  for (const f of fixups) if (f.node) fixed.set(pair(f.node, f.key), JSON.stringify(f.value));
  const nodes = new Map<string, number>();
  const holding = new Map<string, number>();
  for (const node of image.nodes.values())
    for (const label of node.labels) {
      nodes.set(label, (nodes.get(label) ?? 0) + 1);
      for (const key in node.props) {
        const at = pair(label, key);
        const wanted = value.get(at);
        if (wanted === undefined) continue;
        holding.set(at, (holding.get(at) ?? 0) + 1);
        const own = fixed.get(pair(node.id, key));
        if (own !== undefined && own !== wanted) inexact.add(at);
      }
    }
  const exact = (label: string, key: string): boolean =>
    NAME.test(label) &&
    NAME.test(key) &&
    !inexact.has(pair(label, key)) &&
    holding.get(pair(label, key)) === nodes.get(label);
  const labelWide: FixupPlan['labelWide'] = [];
  for (const at of value.keys()) {
    const [label, key] = at.split('\u0000') as [string, string];
    if (exact(label, key)) labelWide.push({ label, key, value: JSON.parse(value.get(at) as string) as Value });
  }
  const rows = fixups.filter((f) => !f.node || !exact(labelOfId(f.node), f.key));
  return { labelWide, rows };
}

type Row = { props: Record<string, Value> };

/** The fix-ups per node or relationship, their properties merged, grouped by `label` of the row. */
function fixupRows<T extends Row>(
  entries: { row: T; key: string; value: Value }[],
  id: (row: T) => string,
  label: (row: T) => string,
): Map<string, T[]> {
  const byId = new Map<string, T>();
  for (const { row, key, value } of entries) {
    let known = byId.get(id(row));
    if (!known) byId.set(id(row), (known = { ...row, props: {} }));
    known.props[key] = value;
  }
  const out = new Map<string, T[]>();
  for (const row of byId.values()) {
    const list = out.get(label(row));
    if (list) list.push(row);
    else out.set(label(row), [row]);
  }
  return out;
}

async function runRows(session: Session, cypher: string, rows: unknown[]): Promise<void> {
  for (let i = 0; i < rows.length; i += FIXUP_ROWS) await session.run(cypher, { rows: rows.slice(i, i + FIXUP_ROWS) });
}

function byLabel(fixes: FixupPlan['labelWide']): Map<string, FixupPlan['labelWide']> {
  const out = new Map<string, FixupPlan['labelWide']>();
  for (const f of fixes) out.set(f.label, [...(out.get(f.label) ?? []), f]);
  return out;
}

/** The label-wide fix-ups (one statement per label), then the others by id: per label (or relationship type and endpoint
 *  labels) one statement per FIXUP_ROWS nodes (relationships), matched on the id constraints. */
export async function setFixups(driver: Driver, plan: FixupPlan): Promise<void> {
  const session = driver.session();
  try {
    for (const [label, fixes] of byLabel(plan.labelWide)) {
      // one scan of the label for all its keys; a node that has a key keeps it (coalesce)
      const lacking = fixes.map((f) => `n.${f.key} IS NULL`).join(' OR ');
      const sets = fixes.map((f, i) => `n.${f.key} = coalesce(n.${f.key}, $values[${i}])`).join(', ');
      await session.run(
        `MATCH (n:${label}) WHERE ${lacking} CALL (n) { SET ${sets} } IN TRANSACTIONS OF ${FIXUP_ROWS} ROWS`,
        { values: fixes.map((f) => f.value) },
      );
    }
    await setRows(session, plan.rows);
  } finally {
    await session.close();
  }
}

async function setRows(session: Session, fixups: Fixup[]): Promise<void> {
  const nodes = fixupRows(
    fixups.flatMap((e) => (e.node ? [{ row: { id: e.node, props: {} }, key: e.key, value: e.value }] : [])),
    (n) => n.id,
    (n) => labelOfId(n.id),
  );
  const rels = fixupRows(
    fixups.flatMap((e) => (e.rel ? [{ row: { ...e.rel, props: {} }, key: e.key, value: e.value }] : [])),
    (r) => `${r.type}\u0000${r.start}\u0000${r.end}`,
    (r) => `${r.type}:${labelOfId(r.start)}:${labelOfId(r.end)}`,
  );
  for (const [label, rows] of nodes)
    await runRows(session, `UNWIND $rows AS row MATCH (n:${label} {id: row.id}) SET n += row.props`, rows);
  for (const [key, rows] of rels) {
    const [type, from, to] = key.split(':') as [string, string, string];
    if (!(REL_TYPES as readonly string[]).includes(type)) continue;
    const cypher = `UNWIND $rows AS row MATCH (:${from} {id: row.start})-[r:${type}]->(:${to} {id: row.end}) SET r += row.props`;
    await runRows(session, cypher, rows);
  }
}
