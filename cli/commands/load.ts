// `ftz load`: the pure parser's options handed to the action through the one runner.
import { loadAction } from '../actions/load.ts';
import { parseLoad } from '../parse.ts';
import { runCli } from '../runner.ts';

export const run = (argv: string[]): Promise<number> => runCli('load', argv, parseLoad, loadAction);
