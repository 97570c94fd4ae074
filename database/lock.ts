// A small inter-process lock (an exclusive file holding the owner's pid and what it does) so two `ftz`
// processes or test projects do not build the launcher or start the same server at the same time. A
// lock whose owner is gone is taken over; so is an empty or unreadable one older than a few seconds (a
// process killed, or a full disk, between creating the file and writing its pid). While waiting, the
// caller is told who holds the lock.
import { open, readFile, rm, stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { StaleLockError } from '../core/errors.ts';

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock file without a readable pid is abandoned after this long (its writer needed milliseconds). */
const UNWRITTEN_GRACE_MS = 5_000;

export interface LockOwner {
  pid: number | null;
  purpose: string;
  since: string | null;
}

export async function lockOwner(path: string): Promise<LockOwner | null> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    return null;
  }
  const [pidText = '', purpose = '', since = ''] = raw.split('\n');
  const pid = Number.parseInt(pidText, 10);
  return { pid: Number.isFinite(pid) ? pid : null, purpose, since: since || null };
}

/** True when the lock at `path` was removed because its owner is gone. */
async function takeOverAbandoned(path: string, owner: LockOwner | null): Promise<boolean> {
  if (owner?.pid != null) {
    if (isAlive(owner.pid)) return false;
  } else {
    const info = await stat(path).catch(() => null);
    if (info && Date.now() - info.mtimeMs < UNWRITTEN_GRACE_MS) return false;
  }
  await rm(path, { force: true });
  return true;
}

async function tryAcquire(path: string, purpose: string): Promise<boolean> {
  try {
    const handle = await open(path, 'wx');
    try {
      await handle.writeFile(`${process.pid}\n${purpose}\n${new Date().toISOString()}\n`);
    } catch (error) {
      await handle.close().catch(() => {});
      await rm(path, { force: true }); // never leave an empty lock behind (a full disk)
      throw error;
    }
    await handle.close();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    await takeOverAbandoned(path, await lockOwner(path));
    return false;
  }
}

export interface LockOptions {
  timeoutMs: number;
  /** what the holder does, written into the lock for whoever waits ("starting Neo4j") */
  purpose?: string;
  /** told once when the lock is held by another live process */
  onWait?: (line: string) => void;
}

function describe(path: string, owner: LockOwner | null): string {
  if (!owner?.pid) return `${path} (no owner recorded yet)`;
  const what = owner.purpose ? ` (${owner.purpose}${owner.since ? ` since ${owner.since}` : ''})` : '';
  return `${path}, held by process ${owner.pid}${what}`;
}

/** Runs fn while holding the lock file at `path`, waiting (up to timeoutMs) for another live holder. */
export async function withFileLock<T>(path: string, options: number | LockOptions, fn: () => Promise<T>): Promise<T> {
  const opts = typeof options === 'number' ? { timeoutMs: options } : options;
  const deadline = Date.now() + opts.timeoutMs;
  let told = false;
  while (!(await tryAcquire(path, opts.purpose ?? ''))) {
    const owner = await lockOwner(path);
    if (!told && owner?.pid) {
      opts.onWait?.(`waiting for the lock ${describe(path, owner)}`);
      told = true;
    }
    if (Date.now() > deadline)
      throw new StaleLockError(
        `timed out waiting for the lock ${describe(path, owner)}; if no ftz process runs, delete the file`,
      );
    await sleep(250);
  }
  try {
    return await fn();
  } finally {
    await rm(path, { force: true });
  }
}
