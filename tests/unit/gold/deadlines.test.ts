// Deadlines on the annotated measures of dev documents and a seed (tests/gold/deadlines/): every
// snippet names a measure and the scores hold the bar of DEADLINE_MIN.
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusAvailable } from '../../gold/corpus-run.ts';
import { DEADLINE_MIN, type DeadlineScore, evaluateDeadlines } from '../../gold/deadline-score.ts';

describe.skipIf(!(await corpusAvailable()))('deadline gold (tests/gold/deadlines)', () => {
  let score: DeadlineScore;
  beforeAll(async () => {
    score = await evaluateDeadlines();
  }, 120_000);

  it('names a measure with every snippet, on at least five documents', () => {
    expect(score.rows.filter((r) => r.verdict === 'unresolved').map((r) => r.measure)).toEqual([]);
    expect(new Set(score.rows.map((r) => r.file)).size).toBeGreaterThanOrEqual(5);
    expect(score.gold).toBeGreaterThan(10);
  });

  it('holds the bar: kind and due date right, nothing dated where the text states no deadline', () => {
    expect(score.accuracy).toBeGreaterThanOrEqual(DEADLINE_MIN.accuracy);
    expect(score.precision).toBeGreaterThanOrEqual(DEADLINE_MIN.precision);
    expect(score.recall).toBeGreaterThanOrEqual(DEADLINE_MIN.recall);
  });
});
