// Which full-text index a saved or ad-hoc statement queries: the saved-query runner asks that index's
// state first (explore/search-index.ts), so a filling index gives a clear 503 instead of a long wait.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../core/paths.ts';
import { fullTextIndexOf } from '../../../query-service/explore/search-index.ts';

describe('fullTextIndexOf', () => {
  it.each([
    ["CALL db.index.fulltext.queryNodes('ftzSearch', $q) YIELD node", 'ftzSearch'],
    ['CALL db.index.fulltext.queryNodes( "other_1" , $q)', 'other_1'],
    ["CALL db.index.fulltext.queryRelationships('relText', $q)", 'relText'],
    ['MATCH (m:Measure) RETURN m', null],
    ['CALL db.index.fulltext.queryNodes($index, $q)', null], // not a literal: search.ts checks its own
  ])('%s → %s', (cypher, index) => {
    expect(fullTextIndexOf(cypher)).toBe(index);
  });

  it('finds ftzSearch in every saved query that searches text, and in no other', async () => {
    const dir = join(PROJECT_ROOT, 'cypher', 'queries');
    const files = (await readdir(dir)).filter((f) => f.endsWith('.cypher'));
    for (const file of files) {
      const text = await readFile(join(dir, file), 'utf8');
      expect(fullTextIndexOf(text), file).toBe(text.includes('db.index.fulltext') ? 'ftzSearch' : null);
    }
    expect(files.length).toBeGreaterThan(20);
  });
});
