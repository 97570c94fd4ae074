// National bodies by name, short form and plate (one hash lookup per mention), and the succession graph
// of the institutional reforms, so a body named in a 2014 plan can be followed to today's.
import type { BodyRecord, NationalCategory, ReformEvent, ReformKind, RegisterFiles } from './types.ts';

export interface Succession {
  year: number;
  kind: ReformKind;
  from: string; // the body that ended (or lost duties)
  to: string[]; // the bodies that took over
  note?: string;
}

export interface NationalBody {
  name: string;
  shortNames: string[];
  plates: string[];
  nameEn: string;
  category: NationalCategory;
  level: 'national';
  parent?: string;
  since?: number;
  until?: number;
  current: boolean; // false for a body that no longer exists under this name
}

export interface NationalMatch extends NationalBody {
  mention: string;
  matchedAs: 'name' | 'short' | 'plate';
  successors: Succession[]; // every reform step from this body on, in order of year
  today: string[]; // the bodies that carry its duties today (itself when current)
  alternatives: NationalBody[]; // other bodies the same short form names (ambiguous short forms)
}

interface Entry {
  body: NationalBody;
  as: NationalMatch['matchedAs'];
}

/** 中华人民共和国商务部 is 商务部; the prefix is dropped when the rest is a known body. */
const STATE_PREFIX = '中华人民共和国';

export class NationalIndex {
  private readonly byWritten = new Map<string, Entry[]>();
  private readonly byName = new Map<string, NationalBody>();
  private readonly events = new Map<string, ReformEvent[]>();

  constructor(files: RegisterFiles) {
    for (const file of [files.stateCouncil, files.historical, files.partyAndState]) {
      for (const record of file.bodies) this.add(toBody(record));
    }
    const sorted = [...files.reforms.events].sort((a, b) => a.year - b.year);
    for (const e of sorted) for (const n of e.from) this.events.set(n, [...(this.events.get(n) ?? []), e]);
  }

  private add(body: NationalBody): void {
    this.byName.set(body.name, body);
    const put = (written: string, as: Entry['as']): void => {
      this.byWritten.set(written, [...(this.byWritten.get(written) ?? []), { body, as }]);
    };
    put(body.name, 'name');
    for (const p of body.plates) put(p, 'plate');
    for (const s of body.shortNames) put(s, 'short');
  }

  /** The body a whole mention names (人力资源社会保障部, 国家发展改革委, 环境保护部), or null.
   *  With `year`, an ambiguous short form (广电总局) picks the body that existed in that year. */
  lookup(mention: string, options: { year?: number } = {}): NationalMatch | null {
    const written = mention.trim();
    let entries = this.byWritten.get(written);
    if (!entries && written.startsWith(STATE_PREFIX)) entries = this.byWritten.get(written.slice(STATE_PREFIX.length));
    if (!entries || entries.length === 0) return null;
    const ranked = rankByYear(entries, options.year);
    const { body, as } = ranked[0];
    const steps = this.successors(body.name);
    return {
      ...body,
      mention: written,
      matchedAs: as,
      successors: steps,
      today: this.today(body.name),
      alternatives: ranked.slice(1).map((e) => e.body),
    };
  }

  /** The body record by its official name. */
  body(name: string): NationalBody | null {
    return this.byName.get(name) ?? null;
  }

  /** Every reform step that carried `name` forward, then its successors' steps, in order of year.
   *  With `year`, the steps before that year are followed but not listed (what changed since a document
   *  of that year was written). */
  successors(name: string, year?: number): Succession[] {
    const steps: Succession[] = [];
    const seen = new Set<string>();
    const queue = [name];
    while (queue.length > 0) {
      const current = queue.shift() as string;
      if (seen.has(current)) continue;
      seen.add(current);
      for (const e of this.events.get(current) ?? []) {
        queue.push(...e.to);
        if (year !== undefined && e.year < year) continue;
        steps.push({ year: e.year, kind: e.kind, from: current, to: e.to, ...(e.note ? { note: e.note } : {}) });
      }
    }
    return steps.sort((a, b) => a.year - b.year);
  }

  /** The bodies that carry `name`'s duties today: the ends of its succession chains. */
  today(name: string): string[] {
    const ends: string[] = [];
    const seen = new Set<string>();
    const visit = (n: string): void => {
      if (seen.has(n)) return;
      seen.add(n);
      const next = this.events.get(n) ?? [];
      if (this.byName.get(n)?.current !== false || next.length === 0) ends.push(n);
      else for (const e of next) for (const t of e.to) visit(t);
    };
    visit(name);
    return ends;
  }
}

function toBody(r: BodyRecord): NationalBody {
  return {
    name: r.name,
    shortNames: [...r.short],
    plates: [...(r.plates ?? [])],
    nameEn: r.en,
    category: r.category,
    level: 'national',
    ...(r.parent !== undefined ? { parent: r.parent } : {}),
    ...(r.since !== undefined ? { since: r.since } : {}),
    ...(r.until !== undefined ? { until: r.until } : {}),
    current: r.until === undefined,
  };
}

/** Bodies that existed in `year` first, then the current ones, then the rest; names before short forms. */
function rankByYear(entries: Entry[], year: number | undefined): Entry[] {
  const alive = (b: NationalBody): boolean =>
    year === undefined ? b.current : (b.since ?? 0) <= year && (b.until === undefined || year < b.until);
  const score = (e: Entry): number => (alive(e.body) ? 0 : 2) + (e.body.current ? 0 : 1) + (e.as === 'name' ? 0 : 0.5);
  return [...entries].sort((a, b) => score(a) - score(b));
}
