// The one runner every command goes through (as ni's runner.ts): parse argv with the command's pure
// parser, hand the options to its action, and translate what comes back — an Answer (help, usage) or
// any error — into one human line and an exit code. Actions never call process.exit. No command
// prints a stack trace: FTZ_DEBUG=1 adds it for developers.
import { FtzError } from '../core/errors.ts';
import { Answer } from './parse.ts';

export type Action<O> = (options: O) => Promise<number>;

/** Disk full, permission, missing file: the system's words, with the path when it names one. */
const SYSTEM_HINTS: Record<string, string> = {
  ENOSPC: 'the disk is full; free some space (see README "When things go wrong")',
  EDQUOT: 'the disk quota is exhausted; free some space',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file or directory',
  EMFILE: 'too many open files',
};

/** One line for any error: named errors as they are, Neo4j's by code, system errors by errno. */
export function oneLine(error: unknown): string {
  if (error instanceof FtzError) return firstLine(error.message);
  // by name, not instanceof: `ftz extract` must not load the driver (tests/unit/layout)
  if (error instanceof Error && error.name === 'Neo4jError') {
    const code = (error as Error & { code?: string }).code;
    const disk = /No space left|disk/i.test(error.message) ? ' (the disk may be full)' : '';
    return `Neo4j: ${firstLine(error.message)}${code ? ` [${code}]` : ''}${disk}`;
  }
  const sys = error as NodeJS.ErrnoException;
  if (sys && typeof sys.code === 'string' && SYSTEM_HINTS[sys.code]) {
    return `${SYSTEM_HINTS[sys.code]}${sys.path ? `: ${sys.path}` : ''} [${sys.code}]`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `unexpected error: ${firstLine(message)} (FTZ_DEBUG=1 prints the details)`;
}

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? text;
  return line.length > 400 ? `${line.slice(0, 400)}…` : line;
}

export async function runCli<O>(
  name: string,
  argv: string[],
  parse: (argv: string[]) => O | Answer,
  action: Action<O>,
): Promise<number> {
  try {
    const parsed = parse(argv);
    if (parsed instanceof Answer) {
      (parsed.stream === 'out' ? console.log : console.error)(parsed.text);
      return parsed.code;
    }
    return await action(parsed);
  } catch (error) {
    console.error(`ftz ${name}: ${oneLine(error)}`);
    if (process.env.FTZ_DEBUG) console.error(error);
    return error instanceof FtzError ? 1 : 70; // 70: EX_SOFTWARE, an error no code named
  }
}
