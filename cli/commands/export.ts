// `ftz export`: the pure parser's options handed to the action through the one runner.
import { exportAction } from '../actions/export.ts';
import { parseExport } from '../parse.ts';
import { runCli } from '../runner.ts';

export const run = (argv: string[]): Promise<number> => runCli('export', argv, parseExport, exportAction);
