// The similarity linker of a load on its own, as the bulk path runs it on its main thread (db/similar.ts
// pairsFor: comparableMeasures, then CopyGroups.link, document by document in file order): N generated
// plans (seeds first) parsed once on 2 workers, their Measure records cached in CACHE, then replayed
// ROUNDS times. Prints CPU seconds per round and a hash of every document's links (members with their
// vectors, SIMILAR_TO pairs), to prove a speed change links the same.
// Usage: node bin/run-ts.js bench/link-replay.ts N [--cache FILE] [--rounds R]
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parsePool } from '../graph-loader/src/db/parse-pool.ts';
import { documentFile } from '../graph-loader/src/parse-plan.ts';
import { readPlanFile } from '../graph-loader/src/read/files.ts';
import { comparableMeasures, CopyGroups, fragmentMeasures } from '../graph-loader/src/similar/index.ts';
import type { MeasureRecord, SimilarLinks } from '../graph-loader/src/similar/index.ts';
import { benchmarkPlans } from './bench-image.ts';

const ROOT = resolve(import.meta.dirname, '..');
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const plans = Number(process.argv[2] ?? 300);
const cache = arg('--cache') ?? join(tmpdir(), `ftz-link-replay-${plans}.json`);
const rounds = Number(arg('--rounds') ?? 1);

type Doc = { docId: string; measures: MeasureRecord[] };

async function parseAll(): Promise<Doc[]> {
  const dir = await mkdtemp(join(tmpdir(), 'ftz-link-replay-'));
  try {
    const { files, dicts } = await benchmarkPlans(ROOT, join(dir, 'plans'), plans);
    const pool = parsePool(dicts, 2);
    try {
      const parsed = await Promise.all(
        files.map(async (path) => {
          const file = documentFile(path);
          return pool.parse({ bytes: await readPlanFile(path, file), file }).catch(() => null);
        }),
      );
      return parsed.flatMap((p) => (p ? [{ docId: p.docId, measures: fragmentMeasures(p.fragment) }] : []));
    } finally {
      await pool.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function hashLinks(hash: ReturnType<typeof createHash>, links: SimilarLinks): void {
  for (const m of links.members)
    hash.update(
      `${m.id}|${m.docId}|${m.group}|${m.canonical}|${m.score}|${m.founder}|${m.vector.grams.join(',')}|${m.vector.counts.join(',')}\n`,
    );
  for (const p of links.similar) hash.update(`~${p.from}|${p.to}|${p.score}|${p.method}\n`);
}

const docs: Doc[] = await readFile(cache, 'utf8').then(
  (s) => JSON.parse(s) as Doc[],
  async () => {
    const parsed = await parseAll();
    await writeFile(cache, JSON.stringify(parsed));
    return parsed;
  },
);
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}; ${docs.length} documents`,
);
for (let r = 0; r < rounds; r++) {
  const groups = new CopyGroups();
  const all: SimilarLinks[] = [];
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (const d of docs) all.push(groups.link(d.docId, comparableMeasures(d.measures)));
  const used = process.cpuUsage(cpu);
  const hash = createHash('sha256');
  for (const links of all) hashLinks(hash, links);
  const members = all.reduce((n, l) => n + l.members.length, 0);
  const pairs = all.reduce((n, l) => n + l.similar.length, 0);
  console.log(
    `round ${r}: ${members} members, ${groups.size} groups, ${pairs} pairs; ${((performance.now() - started) / 1000).toFixed(2)} s wall, ${((used.user + used.system) / 1e6).toFixed(2)} s CPU; ${hash.digest('hex').slice(0, 16)}`,
  );
}
