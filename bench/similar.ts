// The similarity step's cost (graph-loader/src/similar, db/similar.ts). On the seeds in the bench's
// Neo4j: what a load adds — reading the stored measures once, comparing each document with the ones
// before it, MERGEing the SIMILAR_TO pairs — per 1,000 measures. At scale: 100,000 synthetic measures
// (clauses of the seed measures recombined, a fifth of their characters replaced, 300 per document)
// indexed, then ten documents of them compared against the index, and the index rebuilt from the
// documents' stored term vectors (what a load reads instead of the texts, db/similar.ts). Wall and CPU
// time both: the bench machine may be shared, and CPU time is what the step itself costs.
import { readMeasureRecords, writeSimilar } from '../graph-loader/src/db/similar.ts';
import {
  comparableMeasures,
  CopyGroups,
  decodeVectors,
  encodeVectors,
  findSimilar,
  TfIdfIndex,
} from '../graph-loader/src/similar/index.ts';
import type { MeasureRecord, SimilarLinks } from '../graph-loader/src/similar/index.ts';
import type { BenchContext, BenchRow } from './types.ts';

const SCALE = 100_000;
const PER_DOC = 300;
const QUERY_DOCS = 10;

interface Timed<T> {
  value: T;
  wallMs: number;
  cpuMs: number;
}

async function timed<T>(run: () => T | Promise<T>): Promise<Timed<T>> {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const value = await run();
  return { value, wallMs: performance.now() - t0, cpuMs: process.cpuUsage(cpu).user / 1000 };
}

function byDocument(measures: MeasureRecord[]): MeasureRecord[][] {
  const docs = new Map<string, MeasureRecord[]>();
  for (const m of measures) {
    const held = docs.get(m.docId);
    if (held) held.push(m);
    else docs.set(m.docId, [m]);
  }
  return [...docs.keys()].sort().map((k) => docs.get(k) ?? []);
}

/** A deterministic pseudo-random generator (the bench must compare like with like). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** `count` measures made of 2–4 clauses of the given texts, a fifth of their characters replaced by
 *  characters drawn from the same texts. */
function syntheticMeasures(texts: string[], count: number): MeasureRecord[] {
  const clauses = texts.flatMap((t) => t.split(/[，。；,;\n]/)).filter((c) => c.length >= 6);
  const chars = Array.from(texts.join(''));
  const next = random(20261206);
  const pick = <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const out: MeasureRecord[] = [];
  for (let i = 0; i < count; i++) {
    const parts = Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(clauses));
    const text = Array.from(parts.join('，'))
      .map((ch) => (next() < 0.2 ? pick(chars) : ch))
      .join('');
    const docId = `policy:synthetic-${Math.floor(i / PER_DOC)}`;
    const path = String((i % PER_DOC) + 1);
    out.push({
      id: `measure:synthetic-${Math.floor(i / PER_DOC)}#${path}`,
      docId,
      path,
      text,
      start: 0,
      end: text.length,
    });
  }
  return out;
}

async function seedsAtLoad(ctx: BenchContext): Promise<BenchRow[]> {
  const run = async (): Promise<{ measures: number; pairs: SimilarLinks[] }> => {
    const records = await readMeasureRecords(ctx.driver);
    const groups = new CopyGroups();
    const pairs = byDocument(records).map((doc) => groups.link(doc[0]?.docId ?? '', comparableMeasures(doc)));
    const session = ctx.driver.session();
    try {
      await session.executeWrite((tx) => writeSimilar(tx, pairs));
    } finally {
      await session.close();
    }
    return { measures: records.length, pairs };
  };
  const runs = [await timed(run), await timed(run), await timed(run)].sort((a, b) => a.wallMs - b.wallMs);
  const median = runs[1] as Timed<{ measures: number; pairs: SimilarLinks[] }>;
  const per1000 = (ms: number): number => (ms / Math.max(1, median.value.measures)) * 1000;
  const links = median.value.pairs.reduce((n, l) => n + l.members.length + l.similar.length, 0);
  ctx.log(`bench: similar on ${median.value.measures} seed measures, ${links} links`);
  return [
    {
      area: 'similar',
      metric: 'at load (seeds): read + compare + write, per 1,000 measures',
      value: per1000(median.wallMs),
      unit: 'ms',
    },
    { area: 'similar', metric: 'at load (seeds): CPU per 1,000 measures', value: per1000(median.cpuMs), unit: 'ms' },
    {
      area: 'similar',
      metric: 'SIMILAR_TO pairs among the seeds',
      value: median.value.pairs.reduce((n, l) => n + l.similar.length, 0),
      unit: '',
    },
  ];
}

async function atScale(ctx: BenchContext): Promise<BenchRow[]> {
  const texts = (await readMeasureRecords(ctx.driver)).map((m) => m.text);
  const synthetic = syntheticMeasures(texts, SCALE);
  const index = new TfIdfIndex();
  const built = await timed(() => index.add(comparableMeasures(synthetic)));
  const docs = byDocument(synthetic).slice(0, QUERY_DOCS);
  const queried = await timed(() => docs.flatMap((doc) => findSimilar(index, doc)));
  const queriedMeasures = docs.reduce((n, d) => n + d.length, 0);
  ctx.log(`bench: similar index of ${index.size} synthetic measures in ${(built.wallMs / 1000).toFixed(1)} s`);
  const stored = await fromStored(ctx, index);
  return [
    ...stored,
    {
      area: 'similar',
      metric: `index ${SCALE.toLocaleString('en')} measures (wall)`,
      value: built.wallMs / 1000,
      unit: 's',
    },
    {
      area: 'similar',
      metric: `index ${SCALE.toLocaleString('en')} measures (CPU)`,
      value: built.cpuMs / 1000,
      unit: 's',
      target: '≤ 10 s',
      pass: built.cpuMs <= 10_000,
    },
    {
      area: 'similar',
      metric: `compare against ${SCALE.toLocaleString('en')}, per 1,000 measures (wall)`,
      value: (queried.wallMs / queriedMeasures) * 1000,
      unit: 'ms',
    },
    {
      area: 'similar',
      metric: `compare against ${SCALE.toLocaleString('en')}, per 1,000 measures (CPU)`,
      value: (queried.cpuMs / queriedMeasures) * 1000,
      unit: 'ms',
    },
  ];
}

/** The index of SCALE measures rebuilt from their documents' encoded vectors, as a load does. */
async function fromStored(ctx: BenchContext, index: TfIdfIndex): Promise<BenchRow[]> {
  const stored = index.documents().map((docId) => ({ docId, vectors: encodeVectors(index.vectors(docId)) }));
  const bytes = stored.reduce((n, d) => n + d.vectors.length, 0);
  const rebuilt = new TfIdfIndex();
  const built = await timed(() => {
    for (const d of stored) rebuilt.addVectors(d.docId, decodeVectors(d.vectors));
  });
  ctx.log(
    `bench: similar index of ${rebuilt.size} measures rebuilt from ${(bytes / 2 ** 20).toFixed(1)} MB of vectors`,
  );
  return [
    {
      area: 'similar',
      metric: `rebuild the index of ${SCALE.toLocaleString('en')} from stored vectors (CPU)`,
      value: built.cpuMs / 1000,
      unit: 's',
    },
    { area: 'similar', metric: 'stored vectors per 1,000 measures', value: bytes / index.size, unit: 'KB' },
  ];
}

export async function bench(ctx: BenchContext): Promise<BenchRow[]> {
  return [...(await seedsAtLoad(ctx)), ...(await atScale(ctx))];
}
