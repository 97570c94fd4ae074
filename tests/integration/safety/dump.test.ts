// `ftz db dump` / `ftz db restore` (issue 11) with a bundled Neo4j of its own: the dump is Neo4j's own
// format (neo4j-admin run from the bundled jars), both refuse while Neo4j runs, a restore brings back the
// dumped content and keeps the store it replaced, and the tar archives of earlier versions still restore.
import { execFile } from 'node:child_process';
import { mkdtemp, open, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../core/paths.ts';
import { openDriver, readPassword } from '../../../database/connection.ts';
import { freePort, startBundledNeo4j, stopBundledNeo4j } from '../../../database/server.ts';
import { readState } from '../../../database/server-state.ts';
import { SEED_DIR } from '../../setup/neo4j.ts';

const run = promisify(execFile);

async function ftz(args: string[], dataDir: string): Promise<{ code: number; out: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, FTZ_NEO4J_DATA: dataDir };
  delete env.NEO4J_URI;
  try {
    const { stdout, stderr } = await run(process.execPath, [join(PROJECT_ROOT, 'bin', 'ftz.js'), ...args], {
      env,
      cwd: PROJECT_ROOT,
    });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, out: stdout + stderr };
  }
}

async function documentCount(dataDir: string): Promise<number> {
  const state = await readState(dataDir);
  if (state.kind !== 'running') throw new Error('not running');
  const driver = openDriver({ uri: state.state.uri, username: 'neo4j', password: await readPassword(dataDir) });
  try {
    const { records } = await driver.executeQuery('MATCH (d:Document) RETURN count(d) AS c');
    return Number(records[0]?.get('c'));
  } finally {
    await driver.close();
  }
}

async function magic(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const { buffer } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    return buffer.toString('latin1');
  } finally {
    await handle.close();
  }
}

describe('ftz db dump and restore', () => {
  let work: string;
  let dataDir: string;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'ftz-dump-test-'));
    dataDir = join(work, 'neo4j');
    await startBundledNeo4j({ dataDir, port: await freePort() });
    expect((await ftz(['load', join(SEED_DIR, '000_6dd3a853ebbe6fc4.txt')], dataDir)).code).toBe(0);
  }, 600_000);
  afterAll(async () => {
    await stopBundledNeo4j(dataDir).catch(() => {});
    await rm(work, { recursive: true, force: true });
  }, 120_000);

  it('writes a Neo4j dump of the stopped store, refusing while Neo4j runs', async () => {
    const file = join(work, 'atlas.dump');
    const refused = await ftz(['db', 'dump', file], dataDir);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/cannot dump the store while Neo4j is running \(pid \d+\)/);
    expect((await ftz(['db', 'stop'], dataDir)).code).toBe(0);
    const dumped = await ftz(['db', 'dump', file], dataDir);
    expect(dumped.out).toContain(`to ${file}`);
    expect(dumped.code).toBe(0);
    expect(await magic(file)).toMatch(/^[DG]ZV1$/); // Neo4j's dump header (zstd or gzip)
  }, 600_000);

  it('restores the dump over a changed store, keeping the replaced one; refuses while Neo4j runs', async () => {
    const file = join(work, 'atlas.dump');
    expect((await ftz(['db', 'start'], dataDir)).code).toBe(0);
    expect((await ftz(['load', join(SEED_DIR, '003_f31d9fd870de6b80.txt')], dataDir)).code).toBe(0);
    expect(await documentCount(dataDir)).toBe(2);
    const refused = await ftz(['db', 'restore', file], dataDir);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/cannot restore the store while Neo4j is running/);
    expect((await ftz(['db', 'stop'], dataDir)).code).toBe(0);
    const restored = await ftz(['db', 'restore', file], dataDir);
    expect(restored.out).toMatch(/the previous store is kept in .*data\.before-restore-/);
    expect(restored.code).toBe(0);
    expect((await readdir(dataDir)).filter((name) => name.startsWith('data.before-restore-'))).toHaveLength(1);
    expect((await ftz(['db', 'start'], dataDir)).code).toBe(0);
    expect(await documentCount(dataDir)).toBe(1);
  }, 900_000);

  it('restores the tar archive of earlier versions (the kept two-document store)', async () => {
    expect((await ftz(['db', 'stop'], dataDir)).code).toBe(0);
    const kept = (await readdir(dataDir)).find((name) => name.startsWith('data.before-restore-')) ?? '';
    const staging = join(work, 'legacy');
    await run('mkdir', ['-p', staging]);
    const manifest = { format: 'ftz-atlas-store/1', createdAt: '2026-12-06T00:00:00.000Z', storeBytes: 1 };
    await writeFile(join(staging, 'ftz-dump.json'), JSON.stringify(manifest));
    await run('cp', ['-r', join(dataDir, kept), join(staging, 'data')]);
    const archive = join(work, 'old.tar.gz');
    await run('tar', ['-czf', archive, '-C', staging, 'ftz-dump.json', 'data']);
    const restored = await ftz(['db', 'restore', archive], dataDir);
    expect(restored.out).toContain('restored the store of 2026-12-06T00:00:00.000Z');
    expect(restored.code).toBe(0);
    expect((await ftz(['db', 'start'], dataDir)).code).toBe(0);
    expect(await documentCount(dataDir)).toBe(2);
  }, 900_000);
});
