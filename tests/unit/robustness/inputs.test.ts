// Awkward inputs through the whole parse (decode → normalise → extract): each either extracts
// sensibly or throws the right InputError with the file and the line.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BinaryFileError, EmptyFileError, type InputError } from '../../../core/errors.ts';
import type { Dictionaries, Manifest } from '../../../graph-loader/src/types.ts';
import { parsePlan } from '../../../graph-loader/src/parse-plan.ts';
import { SEED_DIR, freshTempDir } from '../../fixtures/encoded-copies.ts';
import { documentText, expectWellFormed, factsOf, manifestEntryOf, seedContext } from './fragment-checks.ts';

let dir = '';
let dicts: Dictionaries;
let manifest: Manifest;
beforeAll(async () => {
  dir = await freshTempDir('ftz-inputs-');
  ({ dicts, manifest } = await seedContext());
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function parseFile(
  name: string,
  content: string | Uint8Array,
  manifestOf?: string,
): Promise<ReturnType<typeof parsePlan>> {
  const file = join(dir, name);
  await writeFile(file, content);
  return parsePlan({
    bytes: await readFile(file),
    file,
    dicts,
    manifest: manifestOf ? manifestEntryOf(manifest, manifestOf) : undefined,
  });
}

const failing: { name: string; content: string | Uint8Array; error: typeof InputError; line: number }[] = [
  { name: 'empty.txt', content: '', error: EmptyFileError, line: 1 },
  { name: 'blank.txt', content: '\n \n\u3000\n', error: EmptyFileError, line: 1 },
  {
    name: 'debris-only.html',
    content: '<html><body><div>当前位置: 首页 &gt; 通知公告</div><a>打印本页</a> <a>关闭窗口</a></body></html>',
    error: EmptyFileError,
    line: 1,
  },
  {
    name: 'image.png',
    content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    error: BinaryFileError,
    line: 3,
  },
  {
    name: 'archive.zip',
    content: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]),
    error: BinaryFileError,
    line: 1,
  },
];

describe('inputs that cannot be plans', () => {
  it.each(failing)('$name → $error.name at line $line', async ({ name, content, error, line }) => {
    const thrown = await parseFile(name, content).then(
      () => null,
      (e: unknown) => e,
    );
    expect(thrown).toBeInstanceOf(error);
    expect((thrown as InputError).file).toBe(join(dir, name));
    expect((thrown as InputError).line).toBe(line);
  });
});

const PROSE = [
  '岳阳片区跨境电商发展工作方案',
  '',
  '为推动跨境电商加快发展，由市商务粮食局牵头，岳阳海关、市税务局配合，建设跨境电商综合服务平台，支持企业开展保税进口业务。',
  '',
  '支持城陵矶综合保税区开展跨境电商零售进口试点，由岳阳海关负责，2021年12月底前完成。',
  '',
  '各有关单位要加强协作，确保各项工作落到实处。',
].join('\n');

describe('plans that extract, whatever their shape', () => {
  it('a plan with no numbering at all', { timeout: 30_000 }, async () => {
    const plan = await parseFile('prose.txt', PROSE);
    expect(documentText(plan)).toBe(PROSE);
    expectWellFormed(plan);
  });

  it(
    'paragraphs repeated right after themselves give the same facts as the plan without them',
    { timeout: 60_000 },
    async () => {
      const seed = join(SEED_DIR, '003_f31d9fd870de6b80.txt');
      const original = await readFile(seed, 'utf8');
      const lines = original.split('\n');
      const doubled = lines
        .flatMap((line, i) => (i >= 130 && i < 160 && line.length > 20 ? [line, line] : [line]))
        .join('\n');
      expect(doubled.length).toBeGreaterThan(original.length + 1000);
      const plain = parsePlan({
        bytes: Buffer.from(original),
        file: seed,
        dicts,
        manifest: manifestEntryOf(manifest, seed),
      });
      const plan = await parseFile('003-doubled.txt', doubled, seed);
      expect(plan.warnings.join('\n')).toMatch(/repeated right after themselves were dropped/);
      expect(documentText(plan)).toBe(documentText(plain));
      expect(factsOf(plan.fragment)).toEqual(factsOf(plain.fragment));
    },
  );

  it('a plan pasted twice into one file', { timeout: 60_000 }, async () => {
    const seed = join(SEED_DIR, '000_6dd3a853ebbe6fc4.txt');
    const text = await readFile(seed, 'utf8');
    const once = parsePlan({ bytes: Buffer.from(text), file: seed, dicts, manifest: manifestEntryOf(manifest, seed) });
    const twice = await parseFile('000-twice.txt', `${text}\n${text}`, seed);
    expectWellFormed(twice);
    const measures = (p: typeof once): number => p.fragment.nodes.filter((n) => n.labels.includes('Measure')).length;
    expect(measures(twice)).toBeGreaterThanOrEqual(measures(once));
  });

  it('a saved HTML page gives the same facts as the same text as a plain file', { timeout: 30_000 }, async () => {
    const seed = join(SEED_DIR, '003_f31d9fd870de6b80.txt');
    const paragraphs = (await readFile(seed, 'utf8'))
      .split('\n')
      .slice(120, 160)
      .map((l) => l.trim())
      .filter((l) => l !== '');
    const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const html = `<!DOCTYPE html><html><head><title>x</title><script>var a = 1 < 2;</script></head><body>
      <div class="crumb">当前位置: 首页 &gt; 通知公告</div>
      ${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
      <div>【字体：大 中 小】 打印本页 关闭窗口</div></body></html>`;
    const fromHtml = await parseFile('page.html', html);
    const fromText = await parseFile('page.txt', paragraphs.join('\n\n'));
    expect(fromHtml.warnings.join('\n')).toMatch(/saved HTML page/);
    expect(documentText(fromHtml)).toBe(documentText(fromText));
    expect(factsOf(fromHtml.fragment).relationships).toEqual(factsOf(fromText.fragment).relationships);
    expect(fromHtml.fragment.relationships.some((r) => r.type === 'LEADS')).toBe(true);
    expectWellFormed(fromHtml);
  });
});
