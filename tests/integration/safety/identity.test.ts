// Document identity over real files (issue 11, problem 1): a second file with different content that
// claims a loaded document's identity is a conflict — reported with both paths, not written, the
// original intact — unless --replace; the same content under two paths is one Document with both
// paths; the same title from another date is a document of its own, and both survive.
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadPlans } from '../../../graph-loader/src/db/load.ts';
import { loadDictionaries } from '../../../graph-loader/src/read/dictionaries.ts';
import { DICTIONARY_DIR, loadSeeds, resetDatabase, SEED_DIR, testDriver } from '../../setup/neo4j.ts';

const YUEYANG = '003_f31d9fd870de6b80.txt';

async function documents(driver: Driver): Promise<{ id: string; file: string; files: string[]; measures: number }[]> {
  const { records } = await driver.executeQuery(
    'MATCH (d:Document) RETURN d.id AS id, d.file AS file, d.files AS files, ' +
      'COUNT { MATCH (m:Measure {docId: d.id}) } AS measures ORDER BY d.file',
  );
  return records.map((r) => ({
    id: String(r.get('id')),
    file: String(r.get('file')),
    files: (r.get('files') as string[] | null) ?? [],
    measures: Number(r.get('measures')),
  }));
}

describe('document identity', () => {
  let driver: Driver;
  let dir: string;
  let original: string;

  beforeAll(async () => {
    driver = testDriver();
    dir = await mkdtemp(join(tmpdir(), 'ftz-identity-'));
    original = await readFile(join(SEED_DIR, YUEYANG), 'utf8');
  });
  beforeEach(() => resetDatabase(driver));
  afterAll(async () => {
    await resetDatabase(driver);
    await driver.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('reports a different file with the same title, number and date as a conflict and keeps both', async () => {
    const first = await loadSeeds(driver, [join(SEED_DIR, YUEYANG)]);
    const before = await documents(driver);
    const claimant = join(dir, 'yueyang-copy.txt');
    await writeFile(claimant, original.slice(0, Math.floor(original.length / 3)));
    const second = await loadSeeds(driver, [claimant]);
    expect(second.conflicts).toBe(1);
    expect(second.files[0]?.status).toBe('conflict');
    expect(second.files[0]?.error).toContain(claimant);
    expect(second.files[0]?.error).toContain(`data/plans/${YUEYANG}`);
    expect(await documents(driver)).toEqual(before);
    expect(before[0]?.measures).toBe(first.files[0]?.measures);
    // the files take no turns: loading both again changes nothing
    const again = await loadSeeds(driver, [join(SEED_DIR, YUEYANG), claimant]);
    expect(again.files.map((f) => f.status)).toEqual(['unchanged', 'conflict']);
    expect(await documents(driver)).toEqual(before);
  });

  it('lets the claimant take the place of the document with replace', async () => {
    await loadSeeds(driver, [join(SEED_DIR, YUEYANG)]);
    const claimant = join(dir, 'yueyang-replacement.txt');
    await writeFile(claimant, original.slice(0, Math.floor(original.length / 3)));
    const dicts = await loadDictionaries(DICTIONARY_DIR);
    const report = await loadPlans(driver, [claimant], { dicts, manifest: {}, replace: true });
    expect(report.files[0]?.status).toBe('loaded');
    const docs = await documents(driver);
    expect(docs).toHaveLength(1);
    expect(docs[0]?.file).toBe(claimant);
    expect(docs[0]?.measures).toBe(report.files[0]?.measures);
  });

  it('records the same content under two paths as one Document with both paths', async () => {
    const twin = join(dir, 'yueyang-twin.txt');
    await copyFile(join(SEED_DIR, YUEYANG), twin);
    const report = await loadSeeds(driver, [join(SEED_DIR, YUEYANG), twin]);
    expect(report.files.map((f) => f.status)).toEqual(['loaded', 'unchanged']);
    const docs = await documents(driver);
    expect(docs).toHaveLength(1);
    expect(docs[0]?.files).toEqual([`data/plans/${YUEYANG}`, twin]);
  });

  it('loads the same title from another date as a document of its own; both survive', async () => {
    const later = original.replace(/2021-01-19/, '2022-06-30');
    expect(later).not.toBe(original);
    const other = join(dir, 'yueyang-2022.txt');
    await writeFile(other, later.slice(0, Math.floor(later.length / 2)));
    const report = await loadSeeds(driver, [join(SEED_DIR, YUEYANG), other]);
    expect(report.files.map((f) => f.status)).toEqual(['loaded', 'loaded']);
    const docs = await documents(driver);
    expect(docs).toHaveLength(2);
    expect(new Set(docs.map((d) => d.id)).size).toBe(2);
    expect(docs.every((d) => d.measures > 0)).toBe(true);
    expect(report.files[1]?.warnings.join('\n')).toContain('another document holds');
  });
});
