// `ftz start`: the pure parser's options handed to the action through the one runner.
import { startAction } from '../actions/start.ts';
import { parseStart } from '../parse.ts';
import { runCli } from '../runner.ts';

export const run = (argv: string[]): Promise<number> => runCli('start', argv, parseStart, startAction);
