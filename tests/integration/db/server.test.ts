// The bundled server itself, in its own temp directories (not the shared test server): start, reuse,
// status, password file, stale state files, stop.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StaleLockError } from '../../../core/errors.ts';
import { serverFiles } from '../../../database/paths.ts';
import { freePort, startBundledNeo4j, statusBundledNeo4j, stopBundledNeo4j } from '../../../database/server.ts';
import type { StartResult } from '../../../database/server.ts';

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  return Number.parseInt(child.stdout, 10);
}

async function canLogIn(uri: string, password: string): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password));
  try {
    await driver.getServerInfo();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

describe('bundled Neo4j server', () => {
  let dataDir: string;
  let first: StartResult;
  let concurrent: StartResult[];

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ftz-server-test-'));
    const port = await freePort();
    // two starts at once: one starts the server, the other waits for it and reuses it
    const both = await Promise.all([startBundledNeo4j({ dataDir, port }), startBundledNeo4j({ dataDir, port })]);
    first = both.find((s) => !s.reused) ?? both[0]!;
    concurrent = both;
  });

  afterAll(async () => {
    await stopBundledNeo4j(dataDir);
    await rm(dataDir, { recursive: true, force: true });
  });

  it('starts on 127.0.0.1 with a generated password kept in an owner-only file', async () => {
    expect(first.reused).toBe(false);
    expect(first.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect((await stat(serverFiles(dataDir).password)).mode & 0o777).toBe(0o600);
    expect(first.password.length).toBeGreaterThanOrEqual(16);
    expect(await canLogIn(first.uri, first.password)).toBe(true);
    expect(await canLogIn(first.uri, 'neo4j')).toBe(false);
  });

  it('starts one server when two starts race', () => {
    expect(concurrent.map((s) => s.reused).sort()).toEqual([false, true]);
    expect(concurrent[0]?.uri).toBe(concurrent[1]?.uri);
  });

  it('reuses a running server on a second start', async () => {
    const second = await startBundledNeo4j({ dataDir });
    expect(second).toEqual({ ...first, reused: true });
  });

  it('reports version, address, store size and counts', async () => {
    const status = await statusBundledNeo4j(dataDir);
    expect(status).toMatchObject({ running: true, uri: first.uri, stale: false, nodes: 0, relationships: 0 });
    expect(status.version).toMatch(/^5\.26\.\d+$/);
    expect(status.storeBytes).toBeGreaterThan(0);
  });

  it('stops cleanly and says so; a second stop finds nothing', async () => {
    const stopped = await stopBundledNeo4j(dataDir);
    expect(stopped.stopped).toBe(true);
    expect(await canLogIn(first.uri, first.password)).toBe(false);
    expect((await statusBundledNeo4j(dataDir)).running).toBe(false);
    expect((await stopBundledNeo4j(dataDir)).stopped).toBe(false);
  });

  it('removes the state file of a killed process and starts again with the same password', async () => {
    const file = serverFiles(dataDir).state;
    const stale = {
      pid: deadPid(),
      host: '127.0.0.1',
      port: 1,
      uri: 'bolt://127.0.0.1:1',
      status: 'ready',
      version: null,
      startedAt: '',
      dataDir,
    };
    await writeFile(file, JSON.stringify(stale));
    expect(await statusBundledNeo4j(dataDir)).toMatchObject({ running: false, stale: true });
    const progress: string[] = [];
    const again = await startBundledNeo4j({
      dataDir,
      port: await freePort(),
      onProgress: (line) => progress.push(line),
    });
    expect(again.reused).toBe(false);
    expect(again.password).toBe(first.password);
    expect(progress.some((line) => line.includes(`Neo4j process ${stale.pid}`))).toBe(true);
    await stopBundledNeo4j(dataDir);
  });

  it('refuses an unreadable state file and names the file to delete', async () => {
    const file = serverFiles(dataDir).state;
    await writeFile(file, 'not json');
    const start = startBundledNeo4j({ dataDir });
    await expect(start).rejects.toBeInstanceOf(StaleLockError);
    await expect(start).rejects.toThrow(file);
    await rm(file);
  });
});
