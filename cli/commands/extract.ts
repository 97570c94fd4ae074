// `ftz extract`: the pure parser's options handed to the action through the one runner.
import { extractAction } from '../actions/extract.ts';
import { parseExtract } from '../parse.ts';
import { runCli } from '../runner.ts';

export const run = (argv: string[]): Promise<number> => runCli('extract', argv, parseExtract, extractAction);
