// Pure: query rows → a timeline (lanes of dated marks). A row is a timeline row when it has a date
// column (dueDate, issuedOn or date); its lanes come from zones/zoneIds or zone/zoneId (by zone) and
// leads/leadIds (by agency), else from the plan. Rows of one lane and one date fold into one mark
// that counts them; `status: 'overdue'` and `origin: true` mark a row. cypher/README.md documents
// the convention for queries with `@view timeline`.
import type { JsonValue } from '../../../../core/api-types.ts';

export type Grouping = 'zone' | 'agency' | 'plan';

export interface TimelineMark {
  date: string | null; // ISO date, null when undated
  count: number; // rows (or their `measures` weight) on this date
  overdue: number; // of them overdue
  source: boolean; // holds the measure the question started from
  labels: string[]; // what the rows name (measure, plan), for the tooltip
  ids: string[]; // node ids behind the mark (measures, else the plan)
}

export interface TimelineLane {
  key: string;
  name: string;
  fullName?: string; // for the tooltip, when the name shown is shortened (English only)
  id: string | null; // the zone's or agency's node id
  isPlan: boolean; // a plan's own lane (a row located in no zone)
  marks: TimelineMark[]; // by date, undated last
  first: string | null;
  total: number;
  overdue: number;
}

export interface Timeline {
  grouping: Grouping;
  groupings: Grouping[]; // the groupings these rows allow
  lanes: TimelineLane[];
  min: string | null;
  max: string | null;
  asOf: string | null;
  until: string | null;
  undated: number; // rows without a date
}

type Row = Record<string, JsonValue>;
const DATE_COLUMNS = ['dueDate', 'issuedOn', 'date'];
const LANE_COLUMNS: Record<Grouping, [string, string][]> = {
  zone: [
    ['zones', 'zoneIds'],
    ['zone', 'zoneId'],
  ],
  agency: [
    ['leads', 'leadIds'],
    ['agency', 'agencyId'],
  ],
  plan: [['plan', 'docId']],
};

const ISO = /^\d{4}-\d{2}-\d{2}/;
const strings = (v: JsonValue | undefined): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];
const isoDate = (v: JsonValue | undefined): string | null =>
  typeof v === 'string' && ISO.test(v) ? v.slice(0, 10) : null;

/** The date column of these rows, or null when they are not a timeline. */
export function dateColumn(columns: readonly string[]): string | null {
  return DATE_COLUMNS.find((c) => columns.includes(c)) ?? null;
}

/** The groupings the columns allow, the zone and agency ones first. */
export function groupingsOf(columns: readonly string[]): Grouping[] {
  const out = (['zone', 'agency'] as const).filter((g) => LANE_COLUMNS[g].some(([names]) => columns.includes(names)));
  return [...out, 'plan'];
}

/** The lanes one row belongs to: [key, name, id]; a row with no zone (or agency) lands in its plan's lane. */
function lanesOf(row: Row, columns: readonly string[], grouping: Grouping): [string, string, string | null][] {
  for (const [namesCol, idsCol] of LANE_COLUMNS[grouping]) {
    if (!columns.includes(namesCol)) continue;
    const names = strings(row[namesCol]);
    const ids = strings(row[idsCol]);
    if (names.length > 0) return names.map((n, i) => [ids[i] ?? `name:${n}`, n, ids[i] ?? null]);
  }
  if (grouping === 'plan' || grouping === 'zone') {
    const plan = strings(row['plan'])[0];
    if (plan) return [[`plan:${plan}`, plan, null]];
  }
  return [['none', '—', null]];
}

function rowIds(row: Row): string[] {
  const ids = [...strings(row['measureId']), ...strings(row['measureIds'])];
  return ids.length > 0 ? ids : strings(row['docId']);
}

function rowLabels(row: Row): string[] {
  const measure = strings(row['measure'])[0];
  const number = strings(row['number'])[0];
  if (measure) return [`${number ?? ''}${measure}`];
  const examples = strings(row['examples']);
  return [strings(row['plan'])[0] ?? '', ...examples].filter((x) => x !== '');
}

function addRow(lane: TimelineLane, row: Row, date: string | null): void {
  const weight = typeof row['measures'] === 'number' && row['measures'] > 0 ? row['measures'] : 1;
  const overdue = row['status'] === 'overdue' ? weight : 0;
  let mark = lane.marks.find((m) => m.date === date);
  if (!mark) {
    mark = { date, count: 0, overdue: 0, source: false, labels: [], ids: [] };
    lane.marks.push(mark);
  }
  mark.count += weight;
  mark.overdue += overdue;
  mark.source ||= row['origin'] === true;
  mark.labels.push(...rowLabels(row));
  mark.ids.push(...rowIds(row).filter((id) => !mark.ids.includes(id)));
  lane.total += weight;
  lane.overdue += overdue;
}

const byDate = (a: string | null, b: string | null): number =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;

/** Rows → lanes of marks; lanes ordered by their first date (the order of adoption), then overdue, then size. */
export function buildTimeline(columns: readonly string[], rows: readonly Row[], grouping?: Grouping): Timeline | null {
  const dateCol = dateColumn(columns);
  if (!dateCol) return null;
  const groupings = groupingsOf(columns);
  const chosen = grouping && groupings.includes(grouping) ? grouping : groupings[0];
  const lanes = new Map<string, TimelineLane>();
  let undated = 0;
  const dates: string[] = [];
  for (const row of rows) {
    const date = isoDate(row[dateCol]);
    if (date) dates.push(date);
    else undated++;
    for (const [key, name, id] of lanesOf(row, columns, chosen)) {
      let lane = lanes.get(key);
      if (!lane) {
        lane = { key, name, id, isPlan: key.startsWith('plan:'), marks: [], first: null, total: 0, overdue: 0 };
        lanes.set(key, lane);
      }
      addRow(lane, row, date);
    }
  }
  for (const lane of lanes.values()) {
    lane.marks.sort((a, b) => byDate(a.date, b.date));
    lane.first = lane.marks[0]?.date ?? null;
  }
  const ordered = [...lanes.values()].sort(
    (a, b) => byDate(a.first, b.first) || b.overdue - a.overdue || b.total - a.total || a.name.localeCompare(b.name),
  );
  dates.sort();
  const first = rows[0];
  return {
    grouping: chosen,
    groupings,
    lanes: ordered,
    min: dates[0] ?? null,
    max: dates[dates.length - 1] ?? null,
    asOf: first ? isoDate(first['asOf']) : null,
    until: first ? isoDate(first['until']) : null,
    undated,
  };
}

export interface TimelineSummary {
  overdue: number; // rows overdue (each measure once, whatever its lanes)
  due: number;
  first: string | null; // the earliest date
  undatedPlans: number; // plans without a date
  zoneLanes: number; // lanes of zones (or agencies), not of plans
  planLanes: number;
  reform: string | null; // what a diffusion question asked about
}

export function summarise(rows: readonly Row[], timeline: Timeline): TimelineSummary {
  const undatedPlans = new Set(
    rows.filter((r) => !isoDate(r[dateColumn(Object.keys(r)) ?? ''])).map((r) => strings(r['plan'])[0] ?? ''),
  );
  return {
    overdue: rows.filter((r) => r['status'] === 'overdue').length,
    due: rows.filter((r) => r['status'] === 'due').length,
    first: timeline.min,
    undatedPlans: undatedPlans.size,
    zoneLanes: timeline.lanes.filter((l) => !l.isPlan).length,
    planLanes: timeline.lanes.filter((l) => l.isPlan).length,
    reform: strings(rows[0]?.['reform'])[0] ?? null,
  };
}

/** The part of a result's graph behind one mark: its nodes and the lane's node, with the relationships among them. */
export function markGraph<G extends { nodes: { id: string }[]; relationships: { start: string; end: string }[] }>(
  graph: G,
  ids: readonly string[],
  laneId: string | null,
): G {
  const keep = new Set([...ids, ...(laneId ? [laneId] : [])]);
  return {
    ...graph,
    nodes: graph.nodes.filter((n) => keep.has(n.id)),
    relationships: graph.relationships.filter((r) => keep.has(r.start) && keep.has(r.end)),
  };
}
