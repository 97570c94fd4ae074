// The rows of the zones-compare saved query (one per zone and item) pivoted into a matrix: one row
// per item, one cell per compared zone, with the differences marked. Pure, unit-tested.
import type { JsonValue } from '../../../core/api-types.ts';

export const ASPECT_ORDER = ['count', 'due year', 'industry', 'instrument', 'lead agency'] as const;
export type Aspect = (typeof ASPECT_ORDER)[number];

export interface MatrixZone {
  id: string;
  name: string;
  nameEn: string | null;
  kind: string | null;
}
export interface MatrixRow {
  aspect: Aspect;
  item: string;
  itemEn: string | null;
  itemId: string | null;
  /** measures per compared zone, in the zones' order (0 where the zone does not have the item) */
  cells: number[];
  measureIds: string[];
  /** present (more than 0) in some of the zones only */
  partial: boolean;
  /** the counts are not all equal */
  differs: boolean;
}
export interface MatrixSection {
  aspect: Aspect;
  rows: MatrixRow[];
}
export interface ZoneMatrix {
  zones: MatrixZone[];
  sections: MatrixSection[];
}

const str = (v: JsonValue | undefined): string | null => (typeof v === 'string' && v !== '' ? v : null);
const num = (v: JsonValue | undefined): number => (typeof v === 'number' ? v : 0);
const isAspect = (v: string): v is Aspect => (ASPECT_ORDER as readonly string[]).includes(v);

function zonesOf(rows: readonly Record<string, JsonValue>[]): MatrixZone[] {
  const zones: MatrixZone[] = [];
  for (const row of rows) {
    const column = num(row['column']);
    const id = str(row['zoneId']);
    if (column < 1 || !id || zones[column - 1]) continue;
    zones[column - 1] = { id, name: str(row['zone']) ?? id, nameEn: str(row['zoneEn']), kind: str(row['zoneKind']) };
  }
  return zones.filter(Boolean);
}

/** Pivots the query's rows; sections in ASPECT_ORDER, years in order, other items by total measures. */
export function zoneMatrix(rows: readonly Record<string, JsonValue>[]): ZoneMatrix {
  const zones = zonesOf(rows);
  const byKey = new Map<string, MatrixRow>();
  for (const row of rows) {
    const aspect = str(row['aspect']);
    const item = str(row['item']);
    const column = num(row['column']);
    if (!aspect || !isAspect(aspect) || !item || column < 1 || column > zones.length) continue;
    const key = `${aspect}\u0000${item}`;
    const entry = byKey.get(key) ?? {
      aspect,
      item,
      itemEn: str(row['itemEn']),
      itemId: str(row['itemId']),
      cells: zones.map(() => 0),
      measureIds: [],
      partial: false,
      differs: false,
    };
    entry.cells[column - 1] = num(row['measures']);
    const ids = row['measureIds'];
    if (Array.isArray(ids)) entry.measureIds.push(...ids.filter((x): x is string => typeof x === 'string'));
    byKey.set(key, entry);
  }
  for (const entry of byKey.values()) {
    const present = entry.cells.filter((c) => c > 0).length;
    entry.partial = present > 0 && present < entry.cells.length;
    entry.differs = new Set(entry.cells).size > 1;
  }
  const sections = ASPECT_ORDER.map((aspect) => ({
    aspect,
    rows: [...byKey.values()].filter((r) => r.aspect === aspect).sort(rowOrder),
  })).filter((s) => s.rows.length > 0);
  return { zones, sections };
}

const total = (r: MatrixRow): number => r.cells.reduce((a, b) => a + b, 0);
const COUNT_ORDER = ['measures', 'with a lead', 'with a deadline'];

function rowOrder(a: MatrixRow, b: MatrixRow): number {
  if (a.aspect === 'count') return COUNT_ORDER.indexOf(a.item) - COUNT_ORDER.indexOf(b.item);
  if (a.aspect === 'due year') return a.item.localeCompare(b.item);
  return total(b) - total(a) || a.item.localeCompare(b.item, 'zh');
}

/** Only the rows that differ between the zones (the filter "differences only"). */
export function differencesOnly(matrix: ZoneMatrix): ZoneMatrix {
  return {
    zones: matrix.zones,
    sections: matrix.sections
      .map((s) => ({ ...s, rows: s.rows.filter((r) => r.differs) }))
      .filter((s) => s.rows.length > 0),
  };
}
