// A folder load that always finishes (issue 11, problem 4), as a user runs it: a named pipe in the
// folder and a folder that cannot be listed are skipped with their reasons, never opened, and the
// readable plans load. Root reads everything, so as root the command runs as `nobody` (setpriv) when
// `nobody` can reach the project; in a clone `nobody` cannot enter (a private temp folder) it runs as
// root, which lists the locked folder, and only the pipe is left to skip.
import { execFile } from 'node:child_process';
import { chmod, copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../../core/paths.ts';
import { resetDatabase, SEED_DIR, testDriver } from '../../setup/neo4j.ts';

const run = promisify(execFile);
const PLANS = ['000_6dd3a853ebbe6fc4.txt', '004_2994b826daeb6449.txt'];

const AS_NOBODY = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'];
const FTZ = join(PROJECT_ROOT, 'bin', 'ftz.js');

/** Whether the command should drop to `nobody`: as root, when `nobody` can read the project's entry point. */
async function dropToNobody(): Promise<boolean> {
  if (process.getuid?.() !== 0) return false;
  const [file = '', ...rest] = [
    ...AS_NOBODY,
    process.execPath,
    '-e',
    `require('node:fs').accessSync(${JSON.stringify(FTZ)})`,
  ];
  return run(file, rest).then(
    () => true,
    () => false,
  );
}

async function ftzAs(nobody: boolean, args: string[]): Promise<{ code: number; out: string; ms: number }> {
  const { uri, username, password } = inject('neo4j');
  const env = { ...process.env, NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password, HOME: tmpdir() };
  const command = [process.execPath, FTZ, ...args];
  const asUser = nobody ? AS_NOBODY : [];
  const [file = '', ...rest] = [...asUser, ...command];
  const started = Date.now();
  try {
    const { stdout, stderr } = await run(file, rest, { env, cwd: PROJECT_ROOT, timeout: 180_000 });
    return { code: 0, out: stdout + stderr, ms: Date.now() - started };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, out: stdout + stderr, ms: Date.now() - started };
  }
}

describe('a folder with a pipe and an unreadable folder', () => {
  let driver: Driver;
  let dir: string;
  let nobody = false;

  beforeAll(async () => {
    nobody = await dropToNobody();
    driver = testDriver();
    await resetDatabase(driver);
    dir = await mkdtemp(join(tmpdir(), 'ftz-odd-folder-'));
    await chmod(dir, 0o755);
    for (const name of PLANS) await copyFile(join(SEED_DIR, name), join(dir, name));
    await run('mkfifo', [join(dir, 'pipe.txt')]);
    await mkdir(join(dir, 'locked'), { mode: 0o000 });
    await chmod(join(dir, 'locked'), 0o000);
  });
  afterAll(async () => {
    await resetDatabase(driver);
    await driver.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('loads the readable plans, skips the pipe and the locked folder with reasons, and finishes', async () => {
    const { code, out } = await ftzAs(nobody, ['load', dir, join(dir, 'locked')]);
    const lockedUnreadable = nobody || process.getuid?.() !== 0; // root lists any folder
    expect(out).toContain('2 loaded, 0 unchanged, 0 failed');
    expect(out).toContain(lockedUnreadable ? '2 skipped' : '1 skipped');
    expect(out).toMatch(/skipped: .*pipe\.txt: a named pipe, not a regular file/);
    if (lockedUnreadable) expect(out).toMatch(/skipped: .*locked: a folder that cannot be listed/);
    expect(out).not.toMatch(/\n\s+at /);
    expect(code).toBe(0);
    const { records } = await driver.executeQuery('MATCH (d:Document) RETURN count(d) AS c');
    expect(Number(records[0]?.get('c'))).toBe(PLANS.length);
  });
});
