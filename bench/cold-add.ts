// +10 plans on a cold Neo4j (issue 10: adding 10 plans to 1,000 must take under 3 s). Two steps:
//   prepare: N generated plans (seeds first, and 30 more for the +10 rounds) loaded into a bundled
//            server of their own (bulk importer, or transactions with --tx), timed, then `--add` as
//            `ftz load` would go on: +10 on the server the import restarted, then +10 again (warm).
//            The server is stopped and its data folder kept in DIR/store.
//   add:     DIR/store copied to a fresh data folder, a server started on it (cold, as every
//            `npm start` is), then `--rounds` times +10 (different plans each round).
// Every row: wall seconds, the loader's phases, the loader's and the server's CPU seconds, `uptime`.
// `node bin/run-ts.js bench/cold-add.ts prepare 300 DIR [--tx] [--add]`
// `node bin/run-ts.js bench/cold-add.ts add DIR [--rounds 2] [--jfr FILE] [--warm-explain] [--warm-load]`
// The add step waits for the copied store's indexes to be online first (a store kept right after a bulk
// load may still be filling its full-text index, whose population restarts with the server).
// COLD_ADD_TRACE=1 counts the statements each step sent; =texts lists them; =times lists each text
// with the milliseconds until its results came back (summed over its runs), longest first.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { openDriver } from '../database/connection.ts';
import { freePort, startBundledNeo4j, stopBundledNeo4j } from '../database/server.ts';
import { loadPlans } from '../graph-loader/src/db/load.ts';
import { applySchema } from '../graph-loader/src/db/schema.ts';
import { loadDictionaries } from '../graph-loader/src/read/dictionaries.ts';
import type { Dictionaries, ZoneEntry } from '../graph-loader/src/types.ts';
import { generateCorpus, withZones } from './generate/index.ts';
import { neo4jPid, untilIndexesOnline } from './scale-load.ts';
import { processCpu } from './scale-http.ts';

const ROOT = resolve(import.meta.dirname, '..');
const EXTRA = 50; // plans generated beyond N: five rounds of +10
const run = promisify(execFile);
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
};
const uptime = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const round2 = (x: number): number => Math.round(x * 100) / 100;

/** CPU seconds of a process's threads, by thread name with digits dropped (C2 CompilerThre, GC Thread#…). */
async function threadCpu(pid: number | null): Promise<Map<string, number>> {
  const byName = new Map<string, number>();
  if (!pid) return byName;
  const tasks = await readdir(`/proc/${pid}/task`).catch(() => [] as string[]);
  for (const tid of tasks) {
    const stat = await readFile(`/proc/${pid}/task/${tid}/stat`, 'utf8').catch(() => '');
    const name = stat
      .slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
      .replace(/[\d#-]+$/, '')
      .trim();
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    byName.set(name, (byName.get(name) ?? 0) + (Number(f[11] ?? 0) + Number(f[12] ?? 0)) / 100);
  }
  return byName;
}

/** The thread groups that used at least 0.1 s between two threadCpu readings, most first. */
function threadDelta(before: Map<string, number>, after: Map<string, number>): Record<string, number> {
  const rows = [...after].map(([k, v]) => [k, round2(v - (before.get(k) ?? 0))] as const);
  return Object.fromEntries(rows.filter(([, v]) => v >= 0.1).sort((a, b) => b[1] - a[1]));
}

/** With COLD_ADD_TRACE: the statements each step sent, by text (each text is planned once by a server
 *  that has not seen it: the cold server's query cache is empty): how often, and the milliseconds until
 *  their results came back, summed. */
const statements = new Map<string, { runs: number; ms: number }>();
if (process.env.COLD_ADD_TRACE) {
  for (const proto of [neo4j.Transaction.prototype, neo4j.Session.prototype] as {
    run: (...a: unknown[]) => unknown;
  }[]) {
    const run = proto.run;
    proto.run = function (this: unknown, ...a: unknown[]) {
      const text = typeof a[0] === 'string' ? a[0] : JSON.stringify(a[0]).slice(0, 200);
      const seen = statements.get(text) ?? { runs: 0, ms: 0 };
      statements.set(text, seen);
      seen.runs++;
      const result = run.apply(this, a) as PromiseLike<unknown>;
      const started = performance.now();
      const done = () => void (seen.ms += performance.now() - started);
      result.then(done, done);
      return result;
    };
  }
}

interface Prepared {
  plans: string[];
  zones: ZoneEntry[];
}

async function dictionaries(prepared: Prepared): Promise<Dictionaries> {
  return withZones(await loadDictionaries(join(ROOT, 'data/dictionaries')), prepared.zones);
}

/** One timed load of `files`: wall and CPU seconds (loader, server), the loader's phases. */
async function timed(
  name: string,
  driver: Driver,
  dataDir: string,
  files: string[],
  dicts: Dictionaries,
  bulk = false,
) {
  const pid = await neo4jPid(dataDir);
  const before = { self: await processCpu('self'), server: pid ? await processCpu(pid) : 0, load: uptime() };
  const threads = await threadCpu(pid);
  statements.clear();
  const started = performance.now();
  const report = await loadPlans(driver, files, {
    dicts,
    manifest: {},
    bulk: { mode: bulk ? 'always' : 'never', dataDir },
    onNotice: (line) => console.error(`cold-add: ${line}`),
  });
  const seconds = (performance.now() - started) / 1000;
  const after = await neo4jPid(dataDir); // the bulk path restarts the server: CPU of the new one
  const serverCpu = after ? (await processCpu(after)) - (after === pid ? before.server : 0) : 0;
  const phases = Object.fromEntries(Object.entries(report.phases ?? {}).map(([k, v]) => [k, round2(v / 1000)]));
  console.log(
    JSON.stringify({
      step: name,
      files: files.length,
      loaded: report.loaded,
      failed: report.failed,
      seconds: round2(seconds),
      loaderCpu: round2((await processCpu('self')) - before.self),
      serverCpu: round2(serverCpu),
      uptimeBefore: before.load,
      uptimeAfter: uptime(),
      phases,
      ...(process.env.COLD_ADD_TRACE
        ? {
            texts:
              process.env.COLD_ADD_TRACE === 'texts' ? [...statements.keys()].map((t) => t.slice(0, 90)) : undefined,
            times:
              process.env.COLD_ADD_TRACE === 'times'
                ? [...statements]
                    .sort((x, y) => y[1].ms - x[1].ms)
                    .map(([t, { runs, ms }]) => `${ms.toFixed(0)} ms ×${runs} ${t.replace(/\s+/g, ' ').slice(0, 110)}`)
                : undefined,
            statements: statements.size,
            runs: [...statements.values()].reduce((a, b) => a + b.runs, 0),
          }
        : {}),
      ...(after === pid ? { serverThreads: threadDelta(threads, await threadCpu(pid)) } : {}),
      ...(report.bulk ? { bulk: report.bulk } : {}),
    }),
  );
}

async function withServer(dataDir: string, body: (driver: Driver) => Promise<void>): Promise<void> {
  const server = await startBundledNeo4j({ dataDir, port: await freePort() });
  const driver = openDriver({ ...server, database: 'neo4j' });
  try {
    await body(driver);
  } finally {
    await driver.close();
    await stopBundledNeo4j(dataDir);
  }
}

async function prepare(count: number, dir: string): Promise<void> {
  const plansDir = join(dir, 'plans');
  const probe = await generateCorpus({ root: ROOT, outDir: plansDir, count: 0 });
  const corpus = await generateCorpus({ root: ROOT, outDir: plansDir, count: count + EXTRA - probe.seeds.length });
  const prepared: Prepared = { plans: [...corpus.seeds, ...corpus.files], zones: [...corpus.zones] };
  const added = process.argv.includes('--add') ? 20 : 0;
  await writeFile(join(dir, 'prepared.json'), JSON.stringify({ count, next: count + added, ...prepared }));
  const dicts = await dictionaries(prepared);
  const dataDir = join(dir, 'store');
  await rm(dataDir, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });
  const bulk = !process.argv.includes('--tx');
  await withServer(dataDir, async (driver) => {
    await applySchema(driver);
    await timed(bulk ? 'bulk-load' : 'tx-load', driver, dataDir, prepared.plans.slice(0, count), dicts, bulk);
    if (!process.argv.includes('--add')) return;
    await timed('add10-after-load', driver, dataDir, prepared.plans.slice(count, count + 10), dicts);
    await timed('add10-warm', driver, dataDir, prepared.plans.slice(count + 10, count + 20), dicts);
  });
}

/** JFR on the server's JVM for `seconds` (a recording that ends by itself; dumped to `file`). */
async function startJfr(pid: number, file: string): Promise<void> {
  const settings = arg('--jfr-settings') ?? 'profile';
  await run('jcmd', [String(pid), 'JFR.start', `settings=${settings}`, `filename=${file}`, 'name=coldadd']);
}

/** Experiment: EXPLAIN every saved query (other statements than the load's) before the +10, to see
 *  whether the load's planning cost is the planner's cold code or each statement's own planning. */
async function warmExplain(driver: Driver, pid: number | null): Promise<void> {
  const before = pid ? await processCpu(pid) : 0;
  const started = performance.now();
  const dir = join(ROOT, 'cypher/queries');
  const session = driver.session();
  try {
    for (const name of await readdir(dir)) {
      const text = await readFile(join(dir, name), 'utf8');
      await session.run(`EXPLAIN ${text}`).catch(() => undefined);
    }
  } finally {
    await session.close();
  }
  const seconds = round2((performance.now() - started) / 1000);
  console.log(
    JSON.stringify({ step: 'warm-explain', seconds, serverCpu: round2((pid ? await processCpu(pid) : 0) - before) }),
  );
}

/** Experiment (--warm-load): the load of 10 plans not used by the rounds, every statement sent as
 *  EXPLAIN (planned, not run) in a transaction first made dirty by `CREATE ()` and rolled back at its
 *  commit: does planning the load's own statements (txState dirty, as in the real write) warm it? */
async function warmLoad(driver: Driver, dataDir: string, plans: string[], dicts: Dictionaries): Promise<void> {
  const tx = neo4j.Transaction.prototype as unknown as {
    run: (text: string, params?: unknown) => unknown;
    commit: () => Promise<void>;
    rollback: () => Promise<void>;
  };
  const session = neo4j.Session.prototype as unknown as { run: (text: string, params?: unknown) => unknown };
  const [run, commit, sessionRun] = [tx.run, tx.commit, session.run];
  const dirty = new WeakSet<object>();
  const explain = (text: string): string => text.replace(/^((?:CYPHER(?:\s+\w+=\w+)+\s+)?)/, '$1EXPLAIN ');
  let sent = 0;
  tx.run = function (this: object, text: string, params?: unknown) {
    sent++;
    const holder = (this as { _connectionHolder?: { mode?: () => string } })._connectionHolder;
    if (dirty.has(this) || holder?.mode?.() !== 'WRITE') return run.call(this, explain(text), params);
    dirty.add(this);
    return (async () => {
      await run.call(this, 'CREATE ()');
      return run.call(this, explain(text), params);
    })();
  };
  tx.commit = function (this: { rollback: () => Promise<void> }) {
    return this.rollback();
  };
  session.run = function (this: object, text: string, params?: unknown) {
    sent++;
    return sessionRun.call(this, explain(text), params);
  };
  const started = performance.now();
  try {
    await timed('warm-load', driver, dataDir, plans, dicts);
  } finally {
    [tx.run, tx.commit, session.run] = [run, commit, sessionRun];
  }
  const s = driver.session();
  const blank = await s.run('MATCH (n) WHERE size(labels(n)) = 0 RETURN count(n) AS n');
  await s.close();
  console.log(
    JSON.stringify({
      step: 'warm-load-done',
      seconds: round2((performance.now() - started) / 1000),
      sent,
      blankNodes: Number(blank.records[0]?.get('n')),
    }),
  );
}

async function add(dir: string): Promise<void> {
  const prepared = JSON.parse(await readFile(join(dir, 'prepared.json'), 'utf8')) as Prepared & {
    count: number;
    next: number;
  };
  const dicts = await dictionaries(prepared);
  const dataDir = await mkdtemp(join(tmpdir(), 'ftz-cold-add-'));
  const rounds = Number(arg('--rounds') ?? 2);
  const jfr = arg('--jfr');
  try {
    await cp(join(dir, 'store'), dataDir, { recursive: true });
    await rm(join(dataDir, 'server.json'), { force: true });
    await withServer(dataDir, async (driver) => {
      const pid = await neo4jPid(dataDir);
      console.log(
        JSON.stringify({
          step: 'started',
          serverCpu: pid ? await processCpu(pid) : 0,
          serverThreads: threadDelta(new Map(), await threadCpu(pid)),
          uptime: uptime(),
        }),
      );
      console.log(JSON.stringify({ step: 'indexes-online', seconds: round2(await untilIndexesOnline(driver)) }));
      if (jfr && pid) await startJfr(pid, resolve(jfr));
      if (process.argv.includes('--warm-explain')) await warmExplain(driver, pid);
      if (process.argv.includes('--warm-load'))
        await warmLoad(driver, dataDir, prepared.plans.slice(prepared.count + EXTRA - 10), dicts);
      for (let r = 0; r < Math.min(rounds, (prepared.count + EXTRA - prepared.next) / 10); r++) {
        const from = prepared.next + 10 * r;
        await timed(
          r === 0 ? 'add10-cold' : `add10-round${r + 1}`,
          driver,
          dataDir,
          prepared.plans.slice(from, from + 10),
          dicts,
        );
      }
      if (jfr && pid) await run('jcmd', [String(pid), 'JFR.stop', 'name=coldadd']);
    });
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === 'prepare') await prepare(Number(rest[0] ?? 300), resolve(rest[1] ?? join(tmpdir(), 'ftz-cold-add')));
else if (mode === 'add') await add(resolve(rest[0] ?? join(tmpdir(), 'ftz-cold-add')));
else throw new Error('usage: cold-add.ts prepare N DIR [--tx] [--add] | add DIR [--rounds 2] [--jfr FILE]');
