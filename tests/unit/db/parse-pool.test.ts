// Parsing in worker threads (db/parse-pool.ts) gives the same ParsedPlan as parsing in this thread,
// and a file that fails fails alone, with parsePlan's message.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDictionaries } from '../../../graph-loader/src/read/dictionaries.ts';
import { ParseFailedError, parsePool } from '../../../graph-loader/src/db/parse-pool.ts';
import type { ParsePool } from '../../../graph-loader/src/db/parse-pool.ts';
import { PROJECT_ROOT } from '../../../core/paths.ts';

const PLANS = join(PROJECT_ROOT, 'data', 'plans');
let workers: ParsePool;
let here: ParsePool;

beforeAll(async () => {
  const dicts = await loadDictionaries(join(PROJECT_ROOT, 'data', 'dictionaries'));
  workers = parsePool(dicts, 1);
  here = parsePool(dicts, 0);
});
afterAll(async () => {
  await workers.close();
});

describe('parse pool', () => {
  it('parses the seeds in a worker exactly as in this thread', async () => {
    const names = (await readdir(PLANS)).filter((n) => n.endsWith('.txt')).slice(0, 2);
    expect(names.length).toBe(2);
    for (const name of names) {
      const bytes = new Uint8Array(await readFile(join(PLANS, name)));
      const [inWorker, inThread] = await Promise.all([
        workers.parse({ bytes, file: name }),
        here.parse({ bytes, file: name }),
      ]);
      expect(inWorker.fragment.nodes.length).toBeGreaterThan(10);
      expect(inWorker).toEqual(inThread);
    }
    expect(workers.parsedMs()).toBeGreaterThan(0);
  }, 120_000);

  it('fails an empty file alone, with its name', async () => {
    const error = await workers.parse({ bytes: new Uint8Array(0), file: 'empty.txt' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParseFailedError);
    expect((error as Error).message).toContain('empty.txt');
  }, 120_000);
});
