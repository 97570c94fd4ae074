// `ftz extract` as a user runs it: a folder with good plans (UTF-8, GB18030) and broken files (empty,
// binary). The good ones are summarised or printed as Fragment JSON; each broken one is named with
// its line on stderr; the exit code says that some failed.
import { execFile } from 'node:child_process';
import { copyFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fragment } from '../../../core/model.ts';
import { ROOT, SEED_DIR, freshTempDir, writeEncodedCopy } from '../../fixtures/encoded-copies.ts';

const run = promisify(execFile);
const FTZ = join(ROOT, 'bin', 'ftz.js');

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

async function ftz(...args: string[]): Promise<Result> {
  try {
    const { stdout, stderr } = await run(process.execPath, [FTZ, ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

let dir = '';
let good004 = '';
let gb000 = '';
beforeAll(async () => {
  dir = await freshTempDir('ftz-cli-');
  good004 = join(dir, '004.txt');
  await copyFile(join(SEED_DIR, '004_2994b826daeb6449.txt'), good004);
  gb000 = (await writeEncodedCopy(join(SEED_DIR, '000_6dd3a853ebbe6fc4.txt'), 'GB18030', dir)).path;
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'scan.txt'), new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x0a, 0x0a, 0x00, 0x01, 0x02, 0x03]));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ftz extract', () => {
  it(
    'summarises the good files of a folder and names each broken one with its line',
    { timeout: 120_000 },
    async () => {
      const { code, stdout, stderr } = await ftz('extract', dir);
      expect(code).toBe(1);
      expect(stdout).toContain(gb000);
      expect(stdout).toMatch(/encoding\s+GB18030 · script Hans/);
      expect(stdout).toContain(good004);
      expect(stdout).toMatch(/encoding\s+UTF-8 · script Hans/);
      expect(stdout).toMatch(/relationships\s+.*PART_OF \d+/);
      expect(stdout).toContain('2 file(s) extracted, 2 failed');
      expect(stderr).toContain(`${join(dir, 'empty.txt')}:1: empty file`);
      expect(stderr).toContain(`${join(dir, 'scan.txt')}:3: binary file`);
    },
  );

  it('prints the Fragment JSON of one file', { timeout: 120_000 }, async () => {
    const { code, stdout } = await ftz('extract', good004, '--json');
    expect(code).toBe(0);
    const fragment = JSON.parse(stdout) as Fragment;
    const doc = fragment.nodes.find((n) => n.labels.includes('Document'));
    expect(doc?.properties).toMatchObject({ encoding: 'UTF-8', script: 'Hans', file: good004 });
    expect(fragment.relationships.length).toBeGreaterThan(0);
    for (const r of fragment.relationships)
      expect(String(doc?.properties.text).slice(r.properties.start, r.properties.end)).toBe(r.properties.evidence);
  });

  it(
    'prints an array of {file, fragment} for several files, and fails for the missing one',
    { timeout: 120_000 },
    async () => {
      const missing = join(dir, 'missing.txt');
      const { code, stdout, stderr } = await ftz('extract', '--json', good004, gb000, missing);
      expect(code).toBe(1);
      const items = JSON.parse(stdout) as { file: string; fragment: Fragment }[];
      expect(items.map((i) => i.file)).toEqual([good004, gb000]);
      expect(items.every((i) => i.fragment.nodes.some((n) => n.labels.includes('Document')))).toBe(true);
      expect(stderr).toContain(`${missing}: cannot read`);
    },
  );

  it('explains its usage when given no path', { timeout: 60_000 }, async () => {
    const { code, stderr } = await ftz('extract');
    expect(code).toBe(1);
    expect(stderr).toMatch(/usage: ftz extract PATH… \[--json\]/);
  });
});
