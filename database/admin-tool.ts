// Neo4j's own `neo4j-admin` (org.neo4j.cli.AdminTool), run from the jars the bundled launcher is built
// from: `database dump` and `database load` of the `neo4j` database. It reads its settings from a
// neo4j.conf in a throwaway NEO4J_HOME whose server.directories.data is the store to read or write,
// so nothing is written beside the project's store but the store itself.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { FtzError } from '../core/errors.ts';
import { ensureLauncher } from './maven.ts';
import { javaCommand } from './prerequisites.ts';

const run = promisify(execFile);

export class AdminToolError extends FtzError {}

const ADMIN_CLASS = 'org.neo4j.cli.AdminTool';
export const DATABASE = 'neo4j';
/** The file `database dump` writes into its --to-path and `database load` reads from its --from-path. */
export const DUMP_NAME = `${DATABASE}.dump`;

/** Runs `neo4j-admin database <args>` against the store folder `storeDir` (a server's data/). */
async function adminTool(storeDir: string, args: string[], heap = '512m'): Promise<string> {
  const home = await mkdtemp(join(tmpdir(), 'ftz-neo4j-admin-'));
  try {
    const conf = [`server.directories.data=${resolve(storeDir)}`, `server.directories.logs=${join(home, 'logs')}`];
    await writeFile(join(home, 'neo4j.conf'), `${conf.join('\n')}\n`);
    const classpath = await ensureLauncher();
    const env = { ...process.env, NEO4J_HOME: home, NEO4J_CONF: home };
    const { stdout } = await run(javaCommand(), [`-Xmx${heap}`, '-cp', classpath, ADMIN_CLASS, 'database', ...args], {
      env,
      maxBuffer: 64 * 2 ** 20,
    }).catch((cause: unknown) => {
      throw new AdminToolError(`neo4j-admin database ${args[0]} failed: ${lastLines(cause)}`, { cause });
    });
    return stdout;
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}

/** Writes <toDir>/neo4j.dump from the stopped store in `storeDir`. */
export async function dumpDatabase(storeDir: string, toDir: string): Promise<void> {
  await adminTool(storeDir, ['dump', DATABASE, `--to-path=${resolve(toDir)}`]);
}

/** Loads <fromDir>/neo4j.dump into `storeDir` (created if absent), replacing any neo4j database there. */
export async function loadDatabase(storeDir: string, fromDir: string): Promise<void> {
  await adminTool(storeDir, ['load', DATABASE, `--from-path=${resolve(fromDir)}`, '--overwrite-destination=true']);
}

export interface ImportCsv {
  nodes: string[];
  relationships: string[];
  /** the files among them with a cell that spans lines */
  multiline: string[];
  arrayDelimiter: string;
  idType: 'string' | 'integer' | 'actual';
  reportFile: string;
}

/** The importer's reading of line breaks: only the files listed in `multiline` are read line-aware
 *  (the importer's v2 list; the others are parsed in parallel chunks: a 1,000-plan import took 10 s
 *  instead of 13). A path with a comma cannot be listed, so then every file is read line-aware. A file
 *  left off the list that has a multi-line cell fails the import; it is never read wrong. */
export function multilineArgs(multiline: readonly string[]): string[] {
  if (multiline.length === 0) return ['--multiline-fields=false'];
  const paths = multiline.map((f) => resolve(f));
  if (paths.some((p) => p.includes(','))) return ['--multiline-fields=true'];
  return ['--multiline-fields-format=v2', `--multiline-fields=${paths.join(',')}`];
}

/** `database import full` of CSV files (typed headers, one header line per file) into an empty `storeDir`
 *  (a server's data/, created if absent). Any bad entry fails the import (bad tolerance 0); `arrayDelimiter`
 *  separates list items; `idType` is what the :ID columns hold (`actual`: the store's node ids, in
 *  the order of the files); the import's report file goes to `reportFile`. */
export function importDatabase(storeDir: string, csv: ImportCsv): Promise<string> {
  const args = ['import', 'full', DATABASE, ...csv.nodes.map((f) => `--nodes=${resolve(f)}`)];
  args.push(...csv.relationships.map((f) => `--relationships=${resolve(f)}`));
  args.push(...multilineArgs(csv.multiline), `--array-delimiter=${csv.arrayDelimiter}`, `--id-type=${csv.idType}`);
  args.push('--bad-tolerance=0');
  args.push(
    '--skip-bad-relationships=false',
    '--skip-duplicate-nodes=false',
    `--report-file=${resolve(csv.reportFile)}`,
  );
  return adminTool(storeDir, args, '1g');
}

/** The error lines of a failed run (its progress lines are dropped). */
function lastLines(error: unknown): string {
  const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
  const lines = `${stderr}\n${stdout}`
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !/^(Files: |Done: )/.test(line) && !/^\s*at /.test(line));
  return [...new Set(lines)].slice(0, 3).join(' ') || (error instanceof Error ? error.message : String(error));
}
