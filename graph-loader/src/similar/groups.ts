// Copy groups: measures whose cleaned texts are identical or near-identical (TF-IDF cosine ≥
// COPY_THRESHOLD) form one group, stored as a star — every copy links to the group's canonical member
// (COPY_OF) — so a measure copied into N plans costs N−1 relationships, not N(N−1)/2. SIMILAR_TO joins
// the canonical members of two different groups (the same reform written differently), the best
// `maxCandidates` per group. Pure: the index holds one term vector per group (the first member's),
// compared once per distinct text; db/similar.ts restores the groups from the store and writes the links.
//
// A group is known by its key (the id of the measure that founded it) for as long as it has members;
// its canonical member is the founder until that leaves, then the member with the smallest id (the same
// rule the writer applies in the store, db/similar.ts).
import { SIMILARITY_METHOD, SIMILARITY_THRESHOLD } from './pairs.ts';
import { measureVector, TfIdfIndex } from './tfidf-index.ts';
import type { ComparableMeasure, MeasureVector, QueryOptions } from './tfidf-index.ts';

/** Cosine at or above which two measures are copies of one text. On generated plans (bench/generate),
 *  pairs scoring 0.85 or more differ in at most ~8% of their characters (place names); below it, pairs
 *  that differ in a third of their text appear (docs/design-choices.md). */
export const COPY_THRESHOLD = 0.85;

/** A measure's place in a group. */
export interface MemberLink {
  id: string;
  docId: string;
  /** the group's key */
  group: string;
  /** the group's canonical member as the linker sees it (the founder for a new group) */
  canonical: string;
  /** cosine with the group's vector (1 for the same text) */
  score: number;
  /** this measure founded the group: its vector is the group's */
  founder: boolean;
  vector: MeasureVector;
}

/** Two groups that carry the same reform (by key); score in [SIMILARITY_THRESHOLD, COPY_THRESHOLD). */
export interface GroupPair {
  from: string;
  to: string;
  score: number;
  method: string;
}

export interface SimilarLinks {
  members: MemberLink[];
  similar: GroupPair[];
}

export const NO_LINKS: SimilarLinks = { members: [], similar: [] };

/** A group as stored: its key, canonical member (with its document) and vector, and its members. */
export interface StoredGroup {
  key: string;
  canonical: string;
  canonicalDoc: string;
  vector: MeasureVector;
  members: { id: string; docId: string }[];
}

interface Group {
  key: string;
  canonical: string;
  /** the index entry holding the group's vector (the founder's id) */
  entry: string;
  exact: string;
  vector: MeasureVector;
  members: Map<string, string>; // id → docId
}

/** The exact-text key of a vector (its bigrams and counts). */
function exactKey(v: MeasureVector): string {
  const grams = Buffer.from(v.grams.buffer, v.grams.byteOffset, v.grams.byteLength);
  const counts = Buffer.from(v.counts.buffer, v.counts.byteOffset, v.counts.byteLength);
  return `${grams.toString('base64')}:${counts.toString('base64')}`;
}

const round = (score: number): number => Math.round(score * 1000) / 1000;

/** The index entry of a measure being linked (apart from the entries of stored groups, which are the
 *  canonical members' ids). */
const probeId = (id: string): string => `\u0001${id}`;

export interface GroupOptions extends QueryOptions {
  copyThreshold?: number;
  threshold?: number;
}

export class CopyGroups {
  private readonly index = new TfIdfIndex();
  private readonly groups = new Map<string, Group>();
  private readonly byEntry = new Map<string, string>(); // index entry → group key
  private readonly byExact = new Map<string, string>(); // exact key → group key
  private readonly byDoc = new Map<string, Map<string, string>>(); // docId → member id → group key

  constructor(private readonly opts: GroupOptions = {}) {}

  /** Number of groups held. */
  get size(): number {
    return this.groups.size;
  }

  /** The key of a measure's group (undefined when it is in none). */
  groupOf(id: string, docId: string): string | undefined {
    return this.byDoc.get(docId)?.get(id);
  }

  /** The canonical member of a group. */
  canonicalOf(key: string): string | undefined {
    return this.groups.get(key)?.canonical;
  }

  /** The groups as the store holds them (what `restore` takes back). */
  stored(): StoredGroup[] {
    return [...this.groups.values()].map((g) => ({
      key: g.key,
      canonical: g.canonical,
      canonicalDoc: g.members.get(g.canonical) ?? '',
      vector: { ...g.vector, id: g.canonical },
      members: [...g.members].map(([id, docId]) => ({ id, docId })),
    }));
  }

  /** Takes back groups read from the store (their vectors join the index one document at a time). */
  restore(stored: readonly StoredGroup[]): void {
    const byDoc = new Map<string, MeasureVector[]>();
    for (const g of stored) {
      const members = new Map(g.members.map((m) => [m.id, m.docId]));
      const exact = exactKey(g.vector);
      const entry = g.canonical;
      this.groups.set(g.key, { key: g.key, canonical: g.canonical, entry, exact, vector: g.vector, members });
      this.byEntry.set(entry, g.key);
      this.byExact.set(exact, g.key);
      for (const [id, docId] of members) this.memberOf(docId).set(id, g.key);
      const vectors = byDoc.get(g.canonicalDoc) ?? [];
      vectors.push({ ...g.vector, id: entry });
      byDoc.set(g.canonicalDoc, vectors);
    }
    for (const [docId, vectors] of byDoc) this.index.appendVectors(docId, vectors);
  }

  private memberOf(docId: string): Map<string, string> {
    let held = this.byDoc.get(docId);
    if (!held) this.byDoc.set(docId, (held = new Map()));
    return held;
  }

  /** A document's measures leave their groups; a group left empty goes, a group whose canonical member
   *  left takes the member with the smallest id. */
  removeDocument(docId: string): void {
    const held = this.byDoc.get(docId);
    if (!held) return;
    this.byDoc.delete(docId);
    const touched = new Set(held.values());
    for (const [id, key] of held) this.groups.get(key)?.members.delete(id);
    for (const key of touched) {
      const group = this.groups.get(key);
      if (!group) continue;
      if (group.members.size === 0) {
        this.index.removeEntries([group.entry]);
        this.byEntry.delete(group.entry);
        if (this.byExact.get(group.exact) === key) this.byExact.delete(group.exact);
        this.groups.delete(key);
      } else if (!group.members.has(group.canonical)) {
        group.canonical = [...group.members.keys()].sort()[0] ?? group.canonical;
        this.index.moveEntry(group.entry, group.members.get(group.canonical) ?? docId);
      }
    }
  }

  private join(m: ComparableMeasure, v: MeasureVector, key: string, score: number): MemberLink {
    const group = this.groups.get(key) as Group;
    group.members.set(m.id, m.docId);
    this.memberOf(m.docId).set(m.id, key);
    return { id: m.id, docId: m.docId, group: key, canonical: group.canonical, score, founder: false, vector: v };
  }

  private found(m: ComparableMeasure, v: MeasureVector, exact: string): MemberLink {
    let key = m.id;
    for (let n = 2; this.groups.has(key); n++) key = `${m.id}~${n}`;
    const entry = probeId(m.id);
    const members = new Map([[m.id, m.docId]]);
    this.groups.set(key, { key, canonical: m.id, entry, exact, vector: v, members });
    this.byEntry.set(entry, key);
    this.byExact.set(exact, key);
    this.memberOf(m.docId).set(m.id, key);
    return { id: m.id, docId: m.docId, group: key, canonical: m.id, score: 1, founder: true, vector: v };
  }

  /** Links one document's comparable measures (replacing an earlier version of it): each joins the group
   *  of the same or a near-identical text, or founds a group similar to the groups it resembles. */
  link(docId: string, measures: readonly ComparableMeasure[]): SimilarLinks {
    this.removeDocument(docId);
    const copy = this.opts.copyThreshold ?? COPY_THRESHOLD;
    const threshold = this.opts.threshold ?? SIMILARITY_THRESHOLD;
    const vectors = measures.map((m) => measureVector(m));
    const exacts = vectors.map(exactKey);
    const pending = measures.flatMap((_, i) => (this.byExact.has(exacts[i] as string) ? [] : [i]));
    this.index.appendVectors(
      docId,
      pending.map((i) => ({ ...(vectors[i] as MeasureVector), id: probeId(measures[i]?.id ?? '') })),
      true,
    );
    const members: MemberLink[] = [];
    const similar = new Map<string, GroupPair>();
    const joined: string[] = []; // probe entries taken out after the document (one change of the index)
    for (const [i, m] of measures.entries()) {
      const v = vectors[i] as MeasureVector;
      const exact = exacts[i] as string;
      const same = this.byExact.get(exact);
      if (same !== undefined) {
        members.push(this.join(m, v, same, 1));
        if (!this.byEntry.has(probeId(m.id))) joined.push(probeId(m.id));
        continue;
      }
      const hits = this.index.queryEntry(probeId(m.id), threshold, { ...this.opts, stopAt: copy }).flatMap((h) => {
        const key = this.byEntry.get(h.to);
        return key === undefined ? [] : [{ key, score: h.score }];
      });
      const best = hits[0];
      if (best && best.score >= copy) {
        joined.push(probeId(m.id));
        members.push(this.join(m, v, best.key, round(best.score)));
        continue;
      }
      const founded = this.found(m, v, exact);
      members.push(founded);
      for (const h of hits) {
        const pair = `${founded.group}\u0000${h.key}`;
        if (!similar.has(pair))
          similar.set(pair, { from: founded.group, to: h.key, score: round(h.score), method: SIMILARITY_METHOD });
      }
    }
    this.index.removeEntries(joined.filter((id) => this.index.has(id)));
    this.index.postDeferred();
    return { members, similar: [...similar.values()] };
  }
}
