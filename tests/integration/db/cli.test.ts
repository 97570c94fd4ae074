// `ftz load` and `ftz db status` as a user runs them (a child process), pointed at the test Neo4j
// through NEO4J_URI: the summary table, exit codes, and the counts status reports.
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../../core/paths.ts';
import { resetDatabase, SEED_DIR, testDriver } from '../../setup/neo4j.ts';

const run = promisify(execFile);

async function ftz(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { uri, username, password } = inject('neo4j');
  const env = { ...process.env, NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password };
  try {
    const { stdout, stderr } = await run(process.execPath, [join(PROJECT_ROOT, 'bin', 'ftz.js'), ...args], {
      env,
      cwd: PROJECT_ROOT,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

describe('ftz load and ftz db status', () => {
  let driver: Driver;
  let dir: string;

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    dir = await mkdtemp(join(tmpdir(), 'ftz-cli-test-'));
    await copyFile(join(SEED_DIR, '002_bb333e7070ab7c6d.txt'), join(dir, '002_bb333e7070ab7c6d.txt'));
    await writeFile(join(dir, 'empty.txt'), '');
  });
  afterAll(async () => {
    await resetDatabase(driver);
    await driver.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('loads a folder, prints a summary table and exits 1 because one file failed', async () => {
    const { code, stdout } = await ftz(['load', dir]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/002_bb333e7070ab7c6d\.txt\s+│ loaded/);
    expect(stdout).toMatch(/empty\.txt\s+│ failed/);
    expect(stdout).toContain('1 loaded, 0 unchanged, 1 failed');
    expect(stdout).toMatch(/failed: .*empty\.txt/);
  });

  it('skips the unchanged file on a second load', async () => {
    const { code, stdout } = await ftz(['load', join(dir, '002_bb333e7070ab7c6d.txt')]);
    expect(code).toBe(0);
    expect(stdout).toContain('0 loaded, 1 unchanged, 0 failed');
  });

  it('reports the counts of the NEO4J_URI server', async () => {
    const { code, stdout } = await ftz(['db', 'status', '--json']);
    const { records } = await driver.executeQuery('MATCH (n) RETURN count(n) AS c');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ running: true, external: true, nodes: Number(records[0]?.get('c')) });
  });
});
