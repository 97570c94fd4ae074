// A small inter-process lock (an exclusive file holding the owner's pid) so two `ftz` processes or
// test projects do not build the launcher or start the same server at the same time. A lock whose
// owner is no longer alive is taken over.
import { open, readFile, rm } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function ownerOf(path: string): Promise<number | null> {
  try {
    const pid = Number.parseInt(await readFile(path, 'utf8'), 10);
    return Number.isFinite(pid) ? pid : null;
  } catch {
    return null;
  }
}

async function tryAcquire(path: string): Promise<boolean> {
  try {
    const handle = await open(path, 'wx');
    await handle.writeFile(String(process.pid));
    await handle.close();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const owner = await ownerOf(path);
    if (owner !== null && !isAlive(owner)) await rm(path, { force: true });
    return false;
  }
}

/** Runs fn while holding the lock file at `path`, waiting (up to timeoutMs) for another holder. */
export async function withFileLock<T>(path: string, timeoutMs: number, fn: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (!(await tryAcquire(path))) {
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for the lock ${path}; delete it if no ftz process runs`);
    await sleep(250);
  }
  try {
    return await fn();
  } finally {
    await rm(path, { force: true });
  }
}
