// The understanding report through a real load: stored on the Document (JSON and its counts), the same
// as extraction computes it, served by the document endpoint, and shown as the load summary's column —
// for loaded and for unchanged files; a file with no structure and no header loads with warnings.
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summary } from '../../../cli/actions/load.ts';
import type { UnderstandingReport } from '../../../core/model.ts';
import { reportLine } from '../../../graph-loader/src/db/load-report.ts';
import { parsePlan } from '../../../graph-loader/src/parse-plan.ts';
import { loadDictionaries } from '../../../graph-loader/src/read/dictionaries.ts';
import { readManifest } from '../../../graph-loader/src/read/manifest.ts';
import { documentText } from '../../../query-service/explore/documents.ts';
import { DICTIONARY_DIR, loadSeeds, resetDatabase, SEED_DIR, testDriver } from '../../setup/neo4j.ts';

const SEED = '003_f31d9fd870de6b80.txt';
const PLAIN = 'plain-notes.txt';

describe('the understanding report in the database', () => {
  let driver: Driver;
  let dir: string;

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    dir = await mkdtemp(join(tmpdir(), 'ftz-report-test-'));
    await copyFile(join(SEED_DIR, SEED), join(dir, SEED));
    await writeFile(join(dir, PLAIN), '这是一段没有编号的会议记录。\n市商务局要加强指导。\n');
  });
  afterAll(async () => {
    await resetDatabase(driver);
    await driver.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('stores the report on the Document, shows it as a column and warns when nothing was found', async () => {
    const report = await loadSeeds(driver, [dir]);
    const dicts = await loadDictionaries(DICTIONARY_DIR);
    const seed = report.files.find((f) => f.file.endsWith(SEED));
    const manifest = (await readManifest(SEED_DIR))[SEED];
    const bytes = await readFile(join(dir, SEED));
    const parsed = parsePlan({ bytes, file: seed?.file ?? '', dicts, ...(manifest ? { manifest } : {}) });
    const { records } = await driver.executeQuery(
      'MATCH (d:Document {id: $id}) RETURN d.report AS report, d.measureCount AS measures, ' +
        'd.measuresWithLead AS led, d.measuresWithDeadline AS due, d.unreadCount AS unread',
      { id: parsed.docId },
    );
    const row = records[0];
    const stored = JSON.parse(String(row.get('report'))) as UnderstandingReport;
    expect(stored).toEqual(parsed.report);
    expect([row.get('measures'), row.get('led'), row.get('due'), row.get('unread')].map(Number)).toEqual([
      stored.measures,
      stored.withLead,
      stored.withDeadline,
      stored.notUnderstood.length,
    ]);
    expect(seed?.understood).toMatchObject({
      measures: stored.measures,
      withLead: stored.withLead,
      unread: stored.notUnderstood.length,
    });
    const table = summary(report, false);
    expect(table).toContain(reportLine(seed?.understood ?? null));
    // the plain text: no structure, no header, and the summary says why without --warnings
    const plain = report.files.find((f) => f.file.endsWith(PLAIN));
    expect(plain?.status).toBe('loaded');
    expect(table).toMatch(/warning: .*plain-notes\.txt: no numbered structure found: .*no numbering marker/);
    expect(table).toMatch(/warning: .*plain-notes\.txt: no document number, issuer or date found/);

    // the document endpoint serves it
    const text = await documentText(
      { driver, timeoutMs: 30_000, rowCap: 1000, byteBudget: 8 * 1024 * 1024, verified: new Set() },
      parsed.docId,
    );
    expect(text.report).toEqual(stored);
  });

  it('shows the stored counts for an unchanged file on a second load', async () => {
    const again = await loadSeeds(driver, [dir]);
    const seed = again.files.find((f) => f.file.endsWith(SEED));
    expect(seed?.status).toBe('unchanged');
    expect(seed?.understood?.measures).toBeGreaterThan(0);
    expect(summary(again, false)).toContain(reportLine(seed?.understood ?? null));
    const plain = again.files.find((f) => f.file.endsWith(PLAIN));
    expect(summary(again, false)).toMatch(/warning: .*plain-notes\.txt: no numbered structure found/);
    expect(plain?.status).toBe('unchanged');
  });
});
