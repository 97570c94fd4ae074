// `ftz db`: the pure parser's options handed to the action through the one runner.
import { dbAction } from '../actions/db.ts';
import { parseDb } from '../parse.ts';
import { runCli } from '../runner.ts';

export const run = (argv: string[]): Promise<number> => runCli('db', argv, parseDb, dbAction);
