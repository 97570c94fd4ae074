// The explorer `ftz start` serves: the prebuilt web/dist. Vite (a devDependency) is never imported into
// this process: in a development checkout whose web sources are newer than the build, `vite build` runs
// as a child process; after `npm ci --omit=dev` a prebuilt web/dist is served as it is, and a missing
// one is reported in one line that says how to build it.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PrerequisiteError } from '../../core/errors.ts';
import { PROJECT_ROOT } from '../../core/paths.ts';

const DIST = join(PROJECT_ROOT, 'web', 'dist');
const VITE_BIN = join(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');

/** Newest modification time of any file below `dir` (0 when it does not exist). */
function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function viteBuild(): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [VITE_BIN, 'build', '--logLevel', 'error'], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new PrerequisiteError(`building the explorer failed (vite build exit ${code})`)),
    );
  });
}

/** The directory to serve: web/dist, rebuilt first when vite is installed and the sources are newer. */
export async function prebuiltExplorer(log: (line: string) => void): Promise<string> {
  const index = join(DIST, 'index.html');
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  const sources = Math.max(newestMtime(join(PROJECT_ROOT, 'web/src')), newestMtime(join(PROJECT_ROOT, 'core')));
  const stale = built < Math.max(sources, statSync(join(PROJECT_ROOT, 'web/index.html')).mtimeMs);
  if (stale && existsSync(VITE_BIN)) {
    log('building the explorer (vite build)…');
    await viteBuild();
  } else if (built === 0) {
    throw new PrerequisiteError(
      'the explorer is not built (web/dist is missing) and vite is not installed: run `npm install && npm run build` (or copy a built web/dist)',
    );
  } else if (stale) {
    log('note: web/dist is older than the explorer sources (vite is not installed to rebuild it)');
  }
  return DIST;
}
