// A broken manifest.json is refused with its file and the line where JSON stops making sense (V8 gives
// a position for some mistakes and only the surrounding text for others), the same for `ftz extract`
// and `ftz load` (both read it with readManifest).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../core/errors.ts';
import { readManifest } from '../../../graph-loader/src/read/manifest.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ftz-manifest-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readManifest', () => {
  it.each([
    ['a value missing before }', '{\n  "a.txt": {\n    "zone": \n}\n', 4],
    ['a bare word', '{\n  "a.txt": {\n    "zone": 岳阳\n  }\n}\n', 3],
    ['a trailing comma', '{\n  "a.txt": {},\n}\n', 3],
    ['a missing colon', '{\n\n  "a.txt" {}\n}\n', 3],
    ['an unclosed object', '{\n  "a.txt": {}\n', 3],
    ['a lone }', '}', 1],
    ['an array', '[]', 1],
  ])('%s: refused with its line', async (_what, content, line) => {
    await writeFile(join(dir, 'manifest.json'), content);
    const thrown = await readManifest(dir).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as InputError).file).toBe(join(dir, 'manifest.json'));
    expect((thrown as InputError).line).toBe(line);
    expect((thrown as Error).message).toMatch(/invalid manifest/);
    expect((thrown as Error).message).not.toContain('\n');
  });

  it('reads a good one', async () => {
    await writeFile(join(dir, 'manifest.json'), '{"a.txt": {"zone": "岳阳片区"}}');
    expect(await readManifest(dir)).toEqual({ 'a.txt': { zone: '岳阳片区' } });
  });
});
