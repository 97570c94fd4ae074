// Checks for the tools the bundled Neo4j needs: Java 17+ to run it, and (only while the launcher is
// not built yet) Maven 3.8+ to fetch Neo4j from Maven Central and compile the launcher. A Java runtime
// is enough: neo4j/pom.xml compiles with the Eclipse compiler, which Maven downloads, not javac.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PrerequisiteError } from '../core/errors.ts';

const run = promisify(execFile);

const HOW_TO_GET =
  'Install them with `apt-get install openjdk-17-jre-headless maven` (or any Java 17+ and Maven 3.8+ from ' +
  'adoptium.net and maven.apache.org), or skip the bundled server and point FTZ Atlas at an existing ' +
  'Neo4j 5 by setting NEO4J_URI (with NEO4J_USERNAME, NEO4J_PASSWORD and optionally NEO4J_DATABASE; ' +
  'neo4j+s:// URIs for Aura work too).';

export function javaCommand(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** Parses the major version from `java -version` ("17.0.15", "1.8.0_402" → 8) or `mvn -v`. */
export function parseVersion(output: string, pattern: RegExp): number[] | null {
  const match = pattern.exec(output);
  if (!match?.[1]) return null;
  const parts = match[1].split(/[._-]/).map((p) => Number.parseInt(p, 10));
  return parts[0] === 1 ? parts.slice(1) : parts;
}

async function versionOf(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string | null> {
  try {
    const { stdout, stderr } = await run(command, args, { timeout: 30_000, env: { ...env, MAVEN_OPTS: '' } });
    return `${stdout}\n${stderr}`;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES') return null;
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return `${stdout}\n${stderr}`;
  }
}

function atLeast(version: number[] | null, min: number[]): boolean {
  if (!version) return false;
  for (let i = 0; i < min.length; i++) {
    const have = version[i] ?? 0;
    const need = min[i] ?? 0;
    if (have !== need) return have > need;
  }
  return true;
}

function missing(what: string, found: string): PrerequisiteError {
  return new PrerequisiteError(`The bundled Neo4j needs ${what}, but ${found}. ${HOW_TO_GET}`);
}

export async function checkJava(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const command = javaCommand(env);
  const output = await versionOf(command, ['-version'], env);
  if (output === null) throw missing('Java 17 or newer', `\`${command}\` was not found`);
  const version = parseVersion(output, /version "([^"]+)"/);
  if (!atLeast(version, [17]))
    throw missing('Java 17 or newer', `\`${command}\` is version ${version?.join('.') ?? 'unknown'}`);
}

export async function checkMaven(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const output = await versionOf('mvn', ['-v'], env);
  if (output === null)
    throw missing('Maven 3.8 or newer (once, to download Neo4j from Maven Central)', '`mvn` was not found');
  const version = parseVersion(output, /Apache Maven (\d+(?:\.\d+)*)/);
  if (!atLeast(version, [3, 8]))
    throw missing('Maven 3.8 or newer', `\`mvn\` is version ${version?.join('.') ?? 'unknown'}`);
}
