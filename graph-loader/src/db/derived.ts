// Counts several saved queries need, computed once per document when it is written instead of by
// every query over every measure: a measure's number of lead agencies (`leads`), the agencies that
// lead or support it (`assignees`, ids sorted; absent when none: a bulk import cannot store an empty
// list, and setting one on most measures afterwards costs seconds), whether a lead is
// assigned to it, to a measure it is part of, or to one of its parts (`ledInTree`), and the zones it
// is located in (`zoneIds`: those it applies to, else those its plan covers); and on the Document, the
// summary of its measures the plan-summary query shows (`measuresAll`, `measuresLed` — with a lead
// agency —, `measuresDue`, `measuresUnled` — tasks, measures and articles with no lead in their tree —,
// `agencyCount`, `industryCount`, `instrumentCount`). A document's measure
// tree, its LEADS, APPLIES_TO, COVERS, TARGETS and ADOPTS all come in its fragment, so this is a pure
// function of it.
import { labelOfId } from '../../../core/model.ts';
import type { Fragment, GraphNode } from '../../../core/model.ts';

interface MeasureTree {
  parents: Map<string, string[]>;
  leads: Map<string, Set<string>>;
  /** the agencies leading or supporting each measure */
  assignees: Map<string, Set<string>>;
}

function measureTree(fragment: Fragment): MeasureTree {
  const parents = new Map<string, string[]>();
  const leads = new Map<string, Set<string>>();
  const assignees = new Map<string, Set<string>>();
  for (const r of fragment.relationships) {
    if (r.type === 'PART_OF' && labelOfId(r.start) === 'Measure' && labelOfId(r.end) === 'Measure') {
      parents.set(r.start, [...(parents.get(r.start) ?? []), r.end]);
    } else if (r.type === 'LEADS' && labelOfId(r.end) === 'Measure') {
      leads.set(r.end, (leads.get(r.end) ?? new Set()).add(r.start));
    }
    if (
      (r.type === 'LEADS' || r.type === 'SUPPORTS') &&
      labelOfId(r.end) === 'Measure' &&
      labelOfId(r.start) === 'Agency'
    )
      assignees.set(r.end, (assignees.get(r.end) ?? new Set()).add(r.start));
  }
  return { parents, leads, assignees };
}

/** The kinds measures-without-lead lists when no lead is named in their tree. */
const UNLED_KINDS = ['task', 'measure', 'article'];

/** The ids reachable upwards from `id` (its ancestors), cycles cut. */
function ancestors(id: string, parents: Map<string, string[]>): Set<string> {
  const seen = new Set<string>();
  const stack = [...(parents.get(id) ?? [])];
  while (stack.length > 0) {
    const next = stack.pop() as string;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(parents.get(next) ?? []));
  }
  return seen;
}

/** Each measure's zones: those it applies to, else those its document covers (in fragment order). */
function locatedZones(fragment: Fragment): (measure: GraphNode) => string[] {
  const applies = new Map<string, string[]>();
  const covers = new Map<string, string[]>();
  for (const r of fragment.relationships) {
    if (labelOfId(r.end) !== 'Zone') continue;
    const into = r.type === 'APPLIES_TO' ? applies : r.type === 'COVERS' ? covers : null;
    if (into && !(into.get(r.start) ?? []).includes(r.end)) into.set(r.start, [...(into.get(r.start) ?? []), r.end]);
  }
  return (m) => applies.get(m.id) ?? covers.get(String(m.properties['docId'])) ?? [];
}

/** Each Document's summary of its measures (a fragment may hold several documents: a write batch). */
function planSummaries(
  fragment: Fragment,
  leads: Map<string, Set<string>>,
  ledInTree: (id: string) => boolean,
): Map<string, Record<string, number>> {
  const docOf = new Map<string, string>();
  for (const n of fragment.nodes) if (n.labels.includes('Measure')) docOf.set(n.id, String(n.properties['docId']));
  const sets = new Map<string, { agencies: Set<string>; industries: Set<string>; instruments: Set<string> }>();
  const setsOf = (doc: string) => {
    if (!sets.has(doc)) sets.set(doc, { agencies: new Set(), industries: new Set(), instruments: new Set() });
    return sets.get(doc)!;
  };
  for (const r of fragment.relationships) {
    const toMeasure = docOf.get(r.end);
    const fromMeasure = docOf.get(r.start);
    if (['LEADS', 'SUPPORTS', 'INVOLVED_IN'].includes(r.type) && toMeasure && labelOfId(r.start) === 'Agency')
      setsOf(toMeasure).agencies.add(r.start);
    if (r.type === 'TARGETS' && fromMeasure && labelOfId(r.end) === 'Industry')
      setsOf(fromMeasure).industries.add(r.end);
    if (r.type === 'ADOPTS' && fromMeasure && labelOfId(r.end) === 'Policy') setsOf(fromMeasure).instruments.add(r.end);
  }
  const out = new Map<string, Record<string, number>>();
  for (const d of fragment.nodes.filter((n) => n.labels.includes('Document'))) {
    const measures = fragment.nodes.filter((n) => n.labels.includes('Measure') && docOf.get(n.id) === d.id);
    const found = setsOf(d.id);
    out.set(d.id, {
      measuresAll: measures.length,
      measuresLed: measures.filter((m) => leads.has(m.id)).length,
      measuresDue: measures.filter((m) => typeof m.properties['dueDate'] === 'string').length,
      measuresUnled: measures.filter((m) => UNLED_KINDS.includes(String(m.properties['kind'])) && !ledInTree(m.id))
        .length,
      agencyCount: found.agencies.size,
      industryCount: found.industries.size,
      instrumentCount: found.instruments.size,
    });
  }
  return out;
}

/** The counts that span documents (on Zone and Agency nodes), for a load's documents or the whole
 *  database (db/derived-store.ts). */
export { markTouched, refreshDerived } from './derived-store.ts';

/** The fragment's nodes: Measure nodes with `leads`, `ledInTree` and `zoneIds` set, the Document
 *  with its summary. */
export function withDerivedCounts(fragment: Fragment): GraphNode[] {
  const { parents, leads, assignees } = measureTree(fragment);
  const zonesOf = locatedZones(fragment);
  const covered = new Set<string>();
  for (const led of leads.keys()) {
    covered.add(led);
    for (const a of ancestors(led, parents)) covered.add(a); // a part is led: the whole has a lead below
  }
  const ledAbove = (id: string): boolean => [...ancestors(id, parents)].some((a) => leads.has(a));
  const ledInTreeOf = (id: string): boolean => covered.has(id) || ledAbove(id);
  const summaries = planSummaries(fragment, leads, ledInTreeOf);
  return fragment.nodes.map((node) => {
    if (node.labels.includes('Document'))
      return { ...node, properties: { ...node.properties, ...summaries.get(node.id) } };
    if (!node.labels.includes('Measure')) return node;
    const ledInTree = ledInTreeOf(node.id);
    const leadCount = leads.get(node.id)?.size ?? 0;
    const assigned = [...(assignees.get(node.id) ?? [])].sort();
    const derived = {
      leads: leadCount,
      ledInTree,
      zoneIds: zonesOf(node),
      ...(assigned.length > 0 ? { assignees: assigned } : {}),
    };
    return { ...node, properties: { ...node.properties, ...derived } };
  });
}
