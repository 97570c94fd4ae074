// Scores one corpus document's fragment against its gold: header fields, structure levels,
// LEADS/SUPPORTS on the annotated measures (complete sets there), jurisdiction checks. Pure.

import type { Fragment, GraphNode, GraphRelationship, PropValue } from '../../core/model.ts';
import type {
  CorpusFileScore,
  CorpusGold,
  CorpusHeaderGold,
  FieldScore,
  JurisdictionScore,
  ResponsibilityScore,
  RoleCounts,
  StructureScore,
} from './corpus-types.ts';
import { nodeNames, normName } from './names.ts';
import { FragmentIndex } from './resolve.ts';

const ROLES = ['LEADS', 'SUPPORTS'] as const;
type Role = (typeof ROLES)[number];

export function scoreCorpusFile(fragment: Fragment, gold: CorpusGold): CorpusFileScore {
  const doc = fragment.nodes.find((n) => n.labels.includes('Document'));
  return {
    file: gold.file,
    split: gold.split,
    header: scoreHeader(doc?.properties ?? {}, gold.header, gold.names ?? {}),
    structure: scoreStructure(fragment, gold.structure.levels),
    responsibility: gold.responsibility.assigns ? scoreResponsibility(fragment, gold) : null,
    jurisdiction: (gold.jurisdiction ?? []).map((j) => scoreJurisdiction(fragment, j.name, j.jurisdiction, j.mention)),
  };
}

function str(v: PropValue | undefined): string | null {
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  if (Array.isArray(v) && v.length > 0) return v.map(String).join('、');
  return null;
}

function verdict(found: string | null, expected: string | null, ok: boolean): FieldScore['verdict'] {
  if (expected === null) return found === null ? 'none' : 'extra';
  if (found === null) return 'missing';
  return ok ? 'ok' : 'wrong';
}

/** Issuer strings split into bodies: "A、B" or a list. */
function issuerParts(v: PropValue | undefined): string[] {
  const parts = Array.isArray(v) ? v.map(String) : typeof v === 'string' ? v.split(/[、,，;；]/u) : [];
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

export function scoreHeader(
  props: Record<string, PropValue>,
  gold: CorpusHeaderGold,
  names: Record<string, string[]>,
): FieldScore[] {
  const title = str(props['title']);
  const titles = [gold.title, ...(gold.titleAlternatives ?? [])].map(normName);
  const number = str(props['docNumber']);
  const date = str(props['issuedOn']);
  const dates = gold.date === null ? [] : [gold.date, ...(gold.dateAlternatives ?? [])];
  const issuers = issuerParts(props['issuer']);
  const goldIssuers = gold.issuer ?? [];
  const accepts = (g: string, f: string): boolean => [g, ...(names[g] ?? [])].some((n) => normName(n) === normName(f));
  const issuerOk =
    issuers.length === goldIssuers.length && goldIssuers.every((g) => issuers.some((f) => accepts(g, f)));
  return [
    {
      field: 'title',
      found: title,
      expected: gold.title,
      verdict: verdict(title, gold.title, title !== null && titles.includes(normName(title))),
    },
    {
      field: 'docNumber',
      found: number,
      expected: gold.docNumber,
      verdict: verdict(
        number,
        gold.docNumber,
        number !== null && gold.docNumber !== null && normName(number) === normName(gold.docNumber),
      ),
    },
    {
      field: 'issuer',
      found: issuers.length > 0 ? issuers.join('、') : null,
      expected: gold.issuer ? gold.issuer.join('、') : null,
      verdict: verdict(issuers.length > 0 ? 'x' : null, gold.issuer && gold.issuer.length > 0 ? 'x' : null, issuerOk),
    },
    {
      field: 'date',
      found: date,
      expected: gold.date,
      verdict: verdict(date, gold.date, date !== null && dates.includes(date)),
    },
  ];
}

const ENUMERATION = /^[一二三四五六七八九十]+是$/u;

/** A Measure node that is an explicitly numbered unit (not a label, an enumeration item or a
 *  transparent heading). Table rows count: they carry their 序号, or `row: true`. */
export function isNumberedUnit(node: GraphNode): boolean {
  const p = node.properties;
  if (p['row'] === true) return true;
  const number = typeof p['number'] === 'string' ? p['number'].trim() : '';
  return number !== '' && !ENUMERATION.test(number);
}

/** Numbered units per level: a unit's level is the number of numbered units above it, plus one. */
export function levelsOf(fragment: Fragment): number[] {
  const measures = new Map(fragment.nodes.filter((n) => n.labels.includes('Measure')).map((n) => [n.id, n]));
  const parent = new Map<string, string>();
  for (const r of fragment.relationships) {
    if (r.type === 'PART_OF' && measures.has(r.start) && measures.has(r.end)) parent.set(r.start, r.end);
  }
  const levels: number[] = [];
  for (const node of measures.values()) {
    if (!isNumberedUnit(node)) continue;
    let level = 0;
    for (let p = parent.get(node.id), guard = 0; p !== undefined && guard < 64; p = parent.get(p), guard++) {
      const up = measures.get(p);
      if (up && isNumberedUnit(up)) level++;
    }
    levels[level] = (levels[level] ?? 0) + 1;
  }
  return Array.from(levels, (v) => v ?? 0);
}

export function scoreStructure(fragment: Fragment, expected: number[]): StructureScore {
  const found = levelsOf(fragment);
  const foundTotal = found.reduce((a, b) => a + b, 0);
  const expectedTotal = expected.reduce((a, b) => a + b, 0);
  const diff = Math.abs(foundTotal - expectedTotal);
  return {
    found,
    expected,
    foundTotal,
    expectedTotal,
    equal: diff === 0,
    within5: expectedTotal === 0 ? foundTotal === 0 : diff / expectedTotal <= 0.05,
  };
}

function emptyCounts(): RoleCounts {
  return { gold: 0, found: 0, predicted: 0, matched: 0 };
}

export function scoreResponsibility(fragment: Fragment, gold: CorpusGold): ResponsibilityScore {
  const index = new FragmentIndex(fragment);
  const names = gold.names ?? {};
  const score: ResponsibilityScore = {
    measures: gold.responsibility.measures.length,
    measuresResolved: 0,
    byType: { LEADS: emptyCounts(), SUPPORTS: emptyCounts() },
    byMethod: {},
    misses: [],
    extras: [],
  };
  const seen = new Set<string>();
  for (const m of gold.responsibility.measures) {
    const targets = index.resolve(m.measure, 'measure', names);
    if (targets.size > 0) score.measuresResolved++;
    const facts = ROLES.flatMap((type) =>
      (type === 'LEADS' ? m.leads : m.supports).map((agency) => ({
        type,
        agency,
        ids: index.resolve(agency, 'agency', names),
      })),
    );
    const edges = roleEdges(fragment, targets).filter((e) => !seen.has(edgeKey(e)));
    edges.forEach((e) => seen.add(edgeKey(e)));
    for (const f of facts) {
      const counts = score.byType[f.type];
      counts.gold++;
      if (edges.some((e) => e.type === f.type && f.ids.has(e.start))) counts.found++;
      else score.misses.push({ type: f.type, agency: f.agency, measure: m.measure, unresolved: f.ids.size === 0 });
    }
    for (const e of edges) {
      const type = e.type as Role;
      const ok = facts.some((f) => f.type === type && f.ids.has(e.start));
      const method = String(e.properties.method ?? '');
      const byMethod = (score.byMethod[method] ??= { predicted: 0, matched: 0 });
      score.byType[type].predicted++;
      byMethod.predicted++;
      if (ok) {
        score.byType[type].matched++;
        byMethod.matched++;
      } else {
        const agency = index.nodes.get(e.start);
        score.extras.push({
          type,
          agency: agency ? String(agency.properties['name'] ?? e.start) : e.start,
          measure: m.measure,
          method,
          evidence: String(e.properties.evidence ?? '').slice(0, 120),
        });
      }
    }
  }
  return score;
}

function edgeKey(e: GraphRelationship): string {
  return `${e.type}\u0000${e.start}\u0000${e.end}`;
}

/** Distinct LEADS/SUPPORTS edges ending at the given measures. */
function roleEdges(fragment: Fragment, targets: Set<string>): GraphRelationship[] {
  const out = new Map<string, GraphRelationship>();
  for (const r of fragment.relationships) {
    if ((r.type === 'LEADS' || r.type === 'SUPPORTS') && targets.has(r.end) && !out.has(edgeKey(r))) {
      out.set(edgeKey(r), r);
    }
  }
  return [...out.values()];
}

/** A local body is resolved when an Agency node answers to its full name and carries the place. */
/** A jurisdiction as compared: the country is 中国 however the reader wrote it (the loader's national
 *  bodies sit in 中国, docs/design-choices.md). */
function normPlace(s: string): string {
  const n = normName(s);
  return n === '中华人民共和国' ? '中国' : n;
}

export function scoreJurisdiction(
  fragment: Fragment,
  name: string,
  jurisdiction: string,
  mention: string,
): JurisdictionScore {
  const key = normName(name);
  const agencies = fragment.nodes.filter((n) => n.labels.includes('Agency'));
  const named = agencies.filter((n) => nodeNames(n, 'agency').some((x) => normName(x) === key));
  const placed = named.find((n) => {
    const j = n.properties['jurisdiction'];
    return typeof j === 'string' && normPlace(j) === normPlace(jurisdiction);
  });
  const any = placed ?? named[0];
  const found = any ? `${String(any.properties['name'])} @ ${String(any.properties['jurisdiction'] ?? '—')}` : null;
  return { mention, expected: `${name} @ ${jurisdiction}`, ok: placed !== undefined, found };
}
