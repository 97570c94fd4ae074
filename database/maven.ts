// Builds the bundled Neo4j launcher once with Maven (neo4j/pom.xml: `package dependency:build-classpath`)
// and caches the result in neo4j/target, keyed by a hash of the pom and the launcher's sources, so
// later starts need neither Maven nor the network.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Neo4jStartError } from '../core/errors.ts';
import { withFileLock } from './lock.ts';
import { NEO4J_PROJECT_DIR } from './paths.ts';
import { checkMaven } from './prerequisites.ts';

const TARGET = join(NEO4J_PROJECT_DIR, 'target');
const POM = join(NEO4J_PROJECT_DIR, 'pom.xml');
const STAMP = join(TARGET, 'ftz-build.json');
const CLASSPATH_FILE = join(TARGET, 'classpath.txt');
const CLASSES = join(TARGET, 'classes');
export const LAUNCHER_CLASS = 'ftz.neo4j.Launcher';

export async function bundledNeo4jVersion(): Promise<string> {
  const pom = await readFile(POM, 'utf8');
  return /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom)?.[1] ?? 'unknown';
}

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : Promise.resolve([join(dir, e.name)]))),
  );
  return nested.flat().sort();
}

async function sourceHash(): Promise<string> {
  const hash = createHash('sha256');
  for (const file of [POM, ...(await sourceFiles(join(NEO4J_PROJECT_DIR, 'src')))]) {
    hash
      .update(file.slice(NEO4J_PROJECT_DIR.length))
      .update('\0')
      .update(await readFile(file))
      .update('\0');
  }
  return hash.digest('hex');
}

/** The cached classpath if the build matches the current sources and every jar is still present. */
async function cachedClasspath(hash: string): Promise<string | null> {
  try {
    const stamp = JSON.parse(await readFile(STAMP, 'utf8')) as { hash?: string };
    if (stamp.hash !== hash || !existsSync(join(CLASSES, 'ftz', 'neo4j', 'Launcher.class'))) return null;
    const jars = (await readFile(CLASSPATH_FILE, 'utf8')).trim().split(':').filter(Boolean);
    if (jars.length === 0 || !jars.every((jar) => existsSync(jar))) return null;
    return [CLASSES, ...jars].join(':');
  } catch {
    return null;
  }
}

const SIZE = /\((\d+(?:\.\d+)?) (B|kB|MB|GB) at/;
const UNIT: Record<string, number> = { B: 1, kB: 1e3, MB: 1e6, GB: 1e9 };

/** Turns Maven's "Downloaded from central: … (1.2 MB at …)" lines into throttled progress lines. */
export function downloadCounter(onProgress: (line: string) => void): (line: string) => void {
  let count = 0;
  let bytes = 0;
  let last = 0;
  return (line) => {
    if (!line.includes('Downloaded from ')) return;
    count += 1;
    const size = SIZE.exec(line);
    if (size?.[1] && size[2]) bytes += Number.parseFloat(size[1]) * (UNIT[size[2]] ?? 1);
    if (Date.now() - last > 1500) {
      last = Date.now();
      onProgress(`Maven: downloaded ${count} artifacts (${(bytes / 1e6).toFixed(1)} MB) from Maven Central…`);
    }
  };
}

function runMaven(onProgress: (line: string) => void): Promise<{ code: number; errors: string[] }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('mvn', ['-B', '-f', POM, 'package', 'dependency:build-classpath'], {
      cwd: NEO4J_PROJECT_DIR,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const errors: string[] = [];
    const count = downloadCounter(onProgress);
    const onLine = (line: string): void => {
      count(line);
      if (line.startsWith('[ERROR]') && errors.length < 12) errors.push(line);
    };
    createInterface({ input: child.stdout }).on('line', onLine);
    createInterface({ input: child.stderr }).on('line', onLine);
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code: code ?? 1, errors }));
  });
}

async function build(hash: string, onProgress: (line: string) => void): Promise<string> {
  await checkMaven();
  onProgress(
    `Maven: building the Neo4j ${await bundledNeo4jVersion()} launcher (the first run downloads Neo4j: ~800 files, ~150 MB)…`,
  );
  const { code, errors } = await runMaven(onProgress);
  if (code !== 0) {
    throw new Neo4jStartError(
      `building neo4j/pom.xml with Maven failed (exit ${code}); run \`mvn -f neo4j/pom.xml package\` to see why, ` +
        `or set NEO4J_URI to use an existing Neo4j.\n${errors.join('\n')}`,
    );
  }
  await writeFile(STAMP, JSON.stringify({ hash, builtAt: new Date().toISOString() }));
  const classpath = await cachedClasspath(hash);
  if (!classpath) throw new Neo4jStartError(`Maven finished but ${CLASSPATH_FILE} is missing or lists absent jars`);
  onProgress('Maven: launcher built');
  return classpath;
}

/** The Java classpath of the launcher, building it first when the cache does not match the sources. */
export async function ensureLauncher(onProgress: (line: string) => void = () => {}): Promise<string> {
  const hash = await sourceHash();
  const cached = await cachedClasspath(hash);
  if (cached) return cached;
  await mkdir(TARGET, { recursive: true });
  return withFileLock(join(TARGET, '.ftz-build.lock'), 30 * 60_000, async () => {
    return (await cachedClasspath(hash)) ?? build(hash, onProgress);
  });
}
