// Issue 10 item 2's other path, measured, not wired in: the same plans written with Neo4j's bulk
// importer (`neo4j-admin database import full`, org.neo4j.cli.AdminTool from the Maven Central jars
// neo4j/pom.xml already fetches: neo4j-import-tool is on neo4j/target/classpath.txt) into an empty
// store. Plans are parsed here (worker threads), merged as the loader merges them (one node per id,
// one relationship per (type, start, end) with its documents' ids), written as CSV and imported.
// Properties: every scalar as a string, lists joined; enough to compare the write rates.
// `node bin/run-ts.js bench/bulk-import.ts 300`
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateCorpus, withZones } from './generate/index.ts';
import { loadDictionaries } from '../graph-loader/src/read/dictionaries.ts';
import { defaultWorkers, parsePool } from '../graph-loader/src/db/parse-pool.ts';
import { mergeNodes } from '../graph-loader/src/fragment/merge.ts';
import type { GraphNode, GraphRelationship } from '../core/model.ts';

const ROOT = resolve(import.meta.dirname, '..');
const csv = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join(';') : String(v);
  return `"${s.replaceAll('"', '""')}"`;
};
const KEYS = ['name', 'title', 'text', 'docId', 'path', 'kind', 'level', 'jurisdiction', 'dueDate'];

function nodesCsv(nodes: GraphNode[]): string {
  const head = ['id:ID', ':LABEL', ...KEYS].join(',');
  const rows = nodes.map((n) => [n.id, n.labels.join(';'), ...KEYS.map((k) => n.properties[k])].map(csv).join(','));
  return [head, ...rows].join('\n');
}

function relsCsv(rels: GraphRelationship[]): { text: string; count: number } {
  const merged = new Map<string, { r: GraphRelationship; docIds: string[]; evidences: string[] }>();
  for (const r of rels) {
    const key = `${r.type}\u0000${r.start}\u0000${r.end}`;
    const row = merged.get(key) ?? { r, docIds: [], evidences: [] };
    row.docIds.push(String(r.properties.docId));
    row.evidences.push(String(r.properties.evidence ?? ''));
    merged.set(key, row);
  }
  const head = ':START_ID,:END_ID,:TYPE,docIds:string[],evidences:string[]';
  const rows = [...merged.values()].map(({ r, docIds, evidences }) =>
    [r.start, r.end, r.type, docIds, evidences].map(csv).join(','),
  );
  return { text: [head, ...rows].join('\n'), count: rows.length };
}

async function main(): Promise<void> {
  const plans = Number(process.argv[2] ?? 300);
  const dir = await mkdtemp(join(tmpdir(), 'ftz-bulk-'));
  try {
    const probe = await generateCorpus({ root: ROOT, outDir: join(dir, 'plans'), count: 0 });
    const corpus = await generateCorpus({ root: ROOT, outDir: join(dir, 'plans'), count: plans - probe.seeds.length });
    const dicts = withZones(await loadDictionaries(join(ROOT, 'data/dictionaries')), corpus.zones);
    const manifest = JSON.parse(await readFile(join(dir, 'plans', 'manifest.json'), 'utf8')) as Record<string, never>;
    const pool = parsePool(dicts, defaultWorkers());
    let started = performance.now();
    const files = [...corpus.seeds, ...corpus.files];
    const parsed = await Promise.all(
      files.map(async (f) => {
        const bytes = new Uint8Array(await readFile(f));
        const name = f.split('/').pop() as string;
        return pool
          .parse({ bytes, file: f, ...(manifest[name] ? { manifest: manifest[name] } : {}) })
          .catch(() => null);
      }),
    );
    await pool.close();
    const parseS = (performance.now() - started) / 1000;
    const ok = parsed.filter((p) => p !== null);
    const nodes = mergeNodes(ok.flatMap((p) => p.fragment.nodes));
    const rels = relsCsv(ok.flatMap((p) => p.fragment.relationships));
    const home = join(dir, 'home');
    await mkdir(join(home, 'conf'), { recursive: true });
    await writeFile(join(home, 'conf', 'neo4j.conf'), '');
    await writeFile(join(dir, 'nodes.csv'), nodesCsv(nodes));
    await writeFile(join(dir, 'rels.csv'), rels.text);
    const classpath = (await readFile(join(ROOT, 'neo4j/target/classpath.txt'), 'utf8')).trim();
    started = performance.now();
    const args = ['-cp', classpath, 'org.neo4j.cli.AdminTool', 'database', 'import', 'full', 'neo4j'];
    args.push(`--nodes=${join(dir, 'nodes.csv')}`, `--relationships=${join(dir, 'rels.csv')}`);
    args.push('--multiline-fields=true', '--array-delimiter=;', '--skip-bad-relationships=true');
    const env = { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') };
    await promisify(execFile)('java', args, { env, cwd: dir, maxBuffer: 64 * 2 ** 20 });
    const importS = (performance.now() - started) / 1000;
    const records = nodes.length + rels.count;
    console.log(
      JSON.stringify({
        plans: ok.length,
        parseS,
        nodes: nodes.length,
        relationships: rels.count,
        importS,
        recordsPerS: records / importS,
      }),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
