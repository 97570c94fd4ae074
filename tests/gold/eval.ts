// The scorer: precision and recall of extracted fragments against gold annotations, per
// relationship type. Pure: fragments and gold in, numbers out.
//
// - A gold fact is found (a true positive) when some predicted edge of its type runs from a node
//   its `from` names to a node its `to` names (names: see names.ts; measures: see resolve.ts).
// - Recall = found gold facts / gold facts, over every file.
// - Precision = predicted edges matching some gold fact / predicted edges, counted only in files
//   whose gold lists the type as `complete`. Predicted edges are distinct (type, start, end) pairs
//   whose endpoints are of the kinds the type is scored on (PART_OF: zone → zone only).

import type { Fragment, GraphRelationship, RelType } from '../../core/model.ts';
import type { EvalReport, Extra, FileScore, GoldFact, GoldFile, Miss, TypeScore } from './gold-types.ts';
import { nodeIsKind, readerName } from './names.ts';
import { END_KINDS, endKind, FragmentIndex } from './resolve.ts';

export interface ScoredFile {
  file: string;
  fragment: Fragment;
}

export const SCORED_TYPES = Object.keys(END_KINDS) as RelType[];

interface Resolved {
  fact: GoldFact;
  from: Set<string>;
  to: Set<string>;
}

/** Score each file against its gold (matched by file name) and sum the counts over all files. */
export function score(files: readonly ScoredFile[], golds: readonly GoldFile[]): EvalReport {
  const byFile = new Map(golds.map((g) => [g.file, g]));
  const scored = files.flatMap((f) => {
    const gold = byFile.get(f.file);
    return gold ? [scoreFile(f.fragment, gold)] : [];
  });
  return { files: scored, overall: SCORED_TYPES.map((t) => sumType(t, scored)) };
}

/** Score one fragment against one gold file. */
export function scoreFile(fragment: Fragment, gold: GoldFile): FileScore {
  const index = new FragmentIndex(fragment);
  const variants = gold.names ?? {};
  const resolved: Resolved[] = gold.facts.map((fact) => ({
    fact,
    from: union(
      index.resolve(fact.from, endKind(fact, 'from'), variants),
      fact.alsoFrom ? index.resolve(fact.alsoFrom.name, fact.alsoFrom.kind, variants) : new Set<string>(),
    ),
    to: index.resolve(fact.to, endKind(fact, 'to'), variants),
  }));
  const types: TypeScore[] = [];
  const misses: Miss[] = [];
  const extras: Extra[] = [];
  for (const type of SCORED_TYPES) {
    const predicted = predictedEdges(index, type);
    const facts = resolved.filter((r) => r.fact.type === type);
    const hit = (r: Resolved, e: GraphRelationship): boolean => r.from.has(e.start) && r.to.has(e.end);
    const found = facts.filter((r) => predicted.some((e) => hit(r, e)));
    const scope = completeScope(index, gold, type);
    const complete = scope !== null;
    const inScope = predicted.filter((e) => scope === 'all' || (scope !== null && scope.has(e.start)));
    const matched = inScope.filter((e) => facts.some((r) => hit(r, e)));
    types.push(
      ratios({
        type,
        gold: facts.length,
        predicted: predicted.length,
        scoredPredicted: inScope.length,
        truePositives: found.length,
        matchedPredicted: matched.length,
      }),
    );
    misses.push(...facts.filter((r) => !found.includes(r)).map(toMiss));
    if (complete) {
      extras.push(...inScope.filter((e) => !matched.includes(e)).map((e) => toExtra(index, e)));
    }
  }
  return { file: gold.file, types, misses, extras };
}

/** Where a type is complete in a file: everywhere ('all'), at some start nodes (their ids), or not (null). */
function completeScope(index: FragmentIndex, gold: GoldFile, type: RelType): 'all' | Set<string> | null {
  let ids: Set<string> | null = null;
  for (const c of gold.complete) {
    if (c === type) return 'all';
    if (typeof c === 'string' || c.type !== type) continue;
    const kind = c.fromKind ?? END_KINDS[type]?.from[0];
    if (!kind) continue;
    ids = union(ids ?? new Set<string>(), index.resolve(c.from, kind, gold.names ?? {}));
  }
  return ids;
}

/** Distinct predicted edges of a type whose endpoints are of the kinds the type is scored on. */
function predictedEdges(index: FragmentIndex, type: RelType): GraphRelationship[] {
  const kinds = END_KINDS[type];
  if (!kinds) return [];
  const seen = new Map<string, GraphRelationship>();
  for (const rel of index.fragment.relationships) {
    if (rel.type !== type) continue;
    const start = index.nodes.get(rel.start);
    const end = index.nodes.get(rel.end);
    if (!start || !end) continue;
    if (!kinds.from.some((k) => nodeIsKind(start, k)) || !kinds.to.some((k) => nodeIsKind(end, k))) continue;
    const key = `${rel.start}\u0000${rel.end}`;
    if (!seen.has(key)) seen.set(key, rel);
  }
  return [...seen.values()];
}

function union(a: Set<string>, b: Set<string>): Set<string> {
  return new Set([...a, ...b]);
}

type Counts = Omit<TypeScore, 'precision' | 'recall'>;

function ratios(c: Counts): TypeScore {
  return {
    ...c,
    precision: c.scoredPredicted > 0 ? c.matchedPredicted / c.scoredPredicted : null,
    recall: c.gold > 0 ? c.truePositives / c.gold : null,
  };
}

/** Overall counts of a type: sums over files. A complete type with no predictions has precision null. */
function sumType(type: RelType, files: readonly FileScore[]): TypeScore {
  const rows = files.flatMap((f) => f.types.filter((t) => t.type === type));
  const sum = (k: keyof Counts & keyof TypeScore): number =>
    rows.reduce((acc, r) => acc + (typeof r[k] === 'number' ? r[k] : 0), 0);
  return ratios({
    type,
    gold: sum('gold'),
    predicted: sum('predicted'),
    scoredPredicted: sum('scoredPredicted'),
    truePositives: sum('truePositives'),
    matchedPredicted: sum('matchedPredicted'),
  });
}

function toMiss(r: Resolved): Miss {
  const unresolved: ('from' | 'to')[] = [];
  if (r.from.size === 0) unresolved.push('from');
  if (r.to.size === 0) unresolved.push('to');
  const { type, from, to, note } = r.fact;
  return note === undefined ? { type, from, to, unresolved } : { type, from, to, note, unresolved };
}

function toExtra(index: FragmentIndex, e: GraphRelationship): Extra {
  return {
    type: e.type,
    from: readerName(index.nodes.get(e.start), e.start),
    to: readerName(index.nodes.get(e.end), e.end),
    evidence: e.properties.evidence,
  };
}
