// The development corpus scored against its gold (tests/gold/corpus/): every document parses,
// every gold snippet names a measure, and the scores hold the bar of tests/gold/corpus-thresholds.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusAvailable, type CorpusRun, evaluateCorpus, readCorpusGold } from '../../gold/corpus-run.ts';
import { summarise } from '../../gold/corpus-summary.ts';
import { corpusChecks } from '../../gold/corpus-thresholds.ts';

const available = await corpusAvailable();

describe.skipIf(!available)('development corpus (../shared/corpus)', () => {
  let run: CorpusRun;
  beforeAll(async () => {
    run = await evaluateCorpus();
  }, 300_000);

  it('has gold for every document, each naming its split', async () => {
    const golds = await readCorpusGold();
    expect(golds.length).toBeGreaterThanOrEqual(31);
    expect(new Set(golds.map((g) => g.split))).toEqual(new Set(['dev', 'holdout']));
  });

  it('parses every document', () => {
    expect(run.failures).toEqual({});
  });

  it('holds the bar on header, structure and responsibility', () => {
    const checks = corpusChecks(summarise(run.files, 'all'), run.files);
    const failed = checks.filter((c) => !c.ok).map((c) => `${c.what}: ${c.value?.toFixed(3)} < ${c.min}`);
    expect(failed).toEqual([]);
  });
});
