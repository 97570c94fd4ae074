// The one runner every command goes through (as ni's runner.ts): parse argv with the command's pure
// parser, hand the options to its action, and translate what comes back — an Answer (help, usage) or a
// named error — into one human line and an exit code. Actions never call process.exit.
import { FtzError } from '../core/errors.ts';
import { Answer } from './parse.ts';

export type Action<O> = (options: O) => Promise<number>;

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
    if (error instanceof FtzError) {
      console.error(`ftz ${name}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
