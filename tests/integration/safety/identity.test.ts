// Document identity over real files (issue 11, problem 1): a second file with different content that
// claims a loaded document's identity is a conflict — reported with both paths, not written, the
// original intact — unless --replace; the same content under two paths is one Document with both
// paths; the same title from another date, issuer or number is a document of its own, and both survive.
// A broken manifest.json fails the files beside it (`ftz load` as `ftz extract`), naming its line.
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../../core/paths.ts';
import { loadPlans } from '../../../graph-loader/src/db/load.ts';
import { loadDictionaries } from '../../../graph-loader/src/read/dictionaries.ts';
import { DICTIONARY_DIR, loadSeeds, resetDatabase, SEED_DIR, testDriver } from '../../setup/neo4j.ts';

const YUEYANG = '003_f31d9fd870de6b80.txt';
const run = promisify(execFile);

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

// each case parses seed 003 up to three times: minutes on a loaded machine
describe('document identity', { timeout: 300_000 }, () => {
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

  // one generic title (跨境电商发展方案), each pair differing by what makes a document what it is
  const body = '一、主要任务\n（一）发展跨境电商。建设跨境电商公共服务平台。（牵头单位：市商务局）\n';
  const headed = (head: string, number: string, issuer: string, date: string): string =>
    `${head}关于印发跨境电商发展方案的通知\n${number}\n\n${body}\n${issuer}\n${date}\n`;
  it.each([
    [
      'issuer',
      headed('', '', '中山市人民政府办公室', '2021年3月1日'),
      headed('', '', '岳阳市人民政府办公室', '2021年3月1日'),
    ],
    [
      'issuer in the title line',
      headed('中山市人民政府办公室', '', '', ''),
      headed('岳阳市人民政府办公室', '', '', ''),
    ],
    [
      'document number',
      headed('', '中府办〔2021〕3号', '中山市人民政府办公室', '2021年3月1日'),
      headed('', '中府办〔2021〕9号', '中山市人民政府办公室', '2021年3月1日'),
    ],
  ])('loads two files sharing a title but not their %s as two Documents', async (_what, a, b) => {
    const files = [join(dir, 'shared-title-a.txt'), join(dir, 'shared-title-b.txt')];
    await writeFile(files[0] as string, a);
    await writeFile(files[1] as string, b);
    const report = await loadSeeds(driver, files);
    expect(report.files.map((f) => f.status)).toEqual(['loaded', 'loaded']);
    const docs = await documents(driver);
    expect(docs.map((d) => d.file)).toEqual(files);
    expect(new Set(docs.map((d) => d.id)).size).toBe(2);
    expect(docs.every((d) => d.measures > 0)).toBe(true);
    const { records } = await driver.executeQuery('MATCH (d:Document) RETURN DISTINCT d.title AS t');
    expect(records.map((r) => r.get('t'))).toEqual(['跨境电商发展方案']);
    // loading both again changes nothing: the files take no turns
    const again = await loadSeeds(driver, files);
    expect(again.files.map((f) => f.status)).toEqual(['unchanged', 'unchanged']);
  });
});

describe('a broken manifest.json', () => {
  let driver: Driver;
  let dir: string;

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    dir = await mkdtemp(join(tmpdir(), 'ftz-broken-manifest-'));
    await copyFile(join(SEED_DIR, YUEYANG), join(dir, YUEYANG));
    await writeFile(join(dir, 'manifest.json'), '{\n  "003_f31d9fd870de6b80.txt": {\n    "zone": \n}\n');
  });
  afterAll(async () => {
    await resetDatabase(driver);
    await driver.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('fails the files beside it, naming the manifest and its line, as `ftz extract` refuses it', async () => {
    const report = await loadSeeds(driver, [dir]);
    expect(report.failed).toBe(1);
    expect(report.files[0]?.status).toBe('failed');
    expect(report.files[0]?.error).toMatch(/manifest\.json:4.*invalid manifest/);
    const { records } = await driver.executeQuery('MATCH (d:Document) RETURN count(d) AS c');
    expect(Number(records[0]?.get('c'))).toBe(0);
  });

  it.each(['load', 'extract'])('`ftz %s` says so in one line and exits 1', async (command) => {
    const { uri, username, password } = inject('neo4j');
    const env = { ...process.env, NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password };
    const outcome = await run(process.execPath, [join(PROJECT_ROOT, 'bin', 'ftz.js'), command, dir], {
      env,
      cwd: PROJECT_ROOT,
    }).then(
      ({ stdout, stderr }) => ({ code: 0, out: stdout + stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
    );
    expect(outcome.code).toBe(1);
    expect(outcome.out).toMatch(/manifest\.json:4.*invalid manifest/);
    expect(outcome.out).not.toMatch(/\n\s+at /);
  });
});
