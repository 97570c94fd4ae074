// `ftz query`: the pure parser's options handed to the action through the one runner.
import { queryAction } from '../actions/query.ts';
import { parseQuery } from '../parse.ts';
import { runCli } from '../runner.ts';

export const run = (argv: string[]): Promise<number> => runCli('query', argv, parseQuery, queryAction);
