#!/usr/bin/env node
// The `ftz` command: registers tsx so the TypeScript sources run as they are, then hands argv to the CLI.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { register } from 'tsx/esm/api';

register();
const root = dirname(dirname(fileURLToPath(import.meta.url)));
const { main } = await import(pathToFileURL(join(root, 'cli/main.ts')).href);
process.exitCode = await main(process.argv.slice(2));
