// The benchmark corpus generator (bench/generate): numbering styles, moving a text to another place,
// year shifts, and the corpus itself — deterministic, a smaller corpus is a prefix of a larger one,
// plans keep their measures, hold-out documents are never read.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { segment } from '../../../graph-loader/src/segment/index.ts';
import { generateCorpus } from '../../../bench/generate/index.ts';
import { shiftDates } from '../../../bench/generate/plan.ts';
import { localMoves, readGazetteer } from '../../../bench/generate/gazetteer.ts';
import { homePlace, readPlaces, relocate } from '../../../bench/generate/places.ts';
import { seededRandom } from '../../../bench/generate/random.ts';
import { renumber, restructure } from '../../../bench/generate/restructure.ts';
import { templateFiles } from '../../../bench/generate/templates.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const HERE = join(ROOT, 'bench/generate');
const PROVINCES = ['河南省', '湖北省', '北京市'];
const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('renumber', () => {
  it.each([
    ['（六）', 2, '（二）'],
    ['1．', 12, '12．'],
    ['(12)', 3, '(3)'],
    ['③', 5, '⑤'],
    ['第三条', 11, '第十一条'],
    ['二十一、', 20, '二十、'],
  ])('%s at position %i is %s', (number, n, expected) => {
    expect(renumber(number, n)).toBe(expected);
  });
});

describe('relocate', () => {
  const cases = [
    {
      text: '河南省郑州市金水区商务局牵头，郑州海关配合，推进中国（河南）自由贸易试验区郑州片区建设。河南省、郑州市、金水区',
      expected:
        '湖北省武汉市洪山区商务局牵头，武汉海关配合，推进中国（湖北）自由贸易试验区武汉片区建设。湖北省、武汉市、洪山区',
    },
    {
      text: '北京市商务局、北京海关负责，中国（北京）自由贸易试验区、北京市',
      expected: '武汉市商务局、武汉海关负责，中国（湖北）自由贸易试验区、武汉市',
    },
  ];
  it.each(cases)('$text', async ({ text, expected }) => {
    const places = await readPlaces(HERE);
    const target = places.find((p) => p.zoneName === '武汉片区')!;
    const g = await readGazetteer(ROOT, []);
    expect(relocate(text, homePlace(text, places, PROVINCES, g), target)).toBe(expected);
  });
});

describe('relocate: the other places of the home province move too (gazetteer)', () => {
  const move = async (text: string, zone: string, provinces: string[]): Promise<string> => {
    const vocab = JSON.parse(await readFile(join(HERE, 'vocab.json'), 'utf8')) as { stemSuffixes: string[] };
    const places = await readPlaces(HERE);
    const target = places.find((p) => p.zoneName === zone)!;
    const g = await readGazetteer(ROOT, vocab.stemSuffixes);
    const home = homePlace(text, places, provinces, g);
    return relocate(text, home, target, localMoves(text, home, target, g));
  };
  const cases = [
    {
      what: 'a Yueyang plan moved to Dalian: the provincial capital, a county and a bonded zone follow',
      text: '岳阳市商务局牵头，岳阳海关、长沙海关配合，长沙片区、岳阳片区协同，城陵矶综保区和城陵矶新港区建设，临湘市、长沙市、岳阳市',
      zone: '大连片区',
      provinces: ['湖南省', '辽宁省'],
      expected:
        '大连市商务局牵头，大连海关、沈阳海关配合，沈阳片区、大连片区协同，大连沙河口综保区和大连沙河口新港区建设，西岗区、沈阳市、大连市',
    },
    {
      what: 'another district of a municipality becomes another district of the target city',
      text: '上海市浦东新区人民政府、上海市奉贤区人民政府，浦东新区、奉贤区',
      zone: '武汉片区',
      provinces: ['上海市'],
      expected: '武汉市洪山区人民政府、武汉市江岸区人民政府，洪山区、江岸区',
    },
    {
      what: 'a prefecture no FTZ lies in is found by its full name',
      text: '阿坝州大数据中心负责，阿坝州人民政府办公室，阿坝藏族羌族自治州',
      zone: '武汉片区',
      provinces: ['四川省'],
      expected: '武汉市大数据中心负责，武汉市人民政府办公室，武汉市',
    },
  ];
  it.each(cases)('$what', async ({ text, zone, provinces, expected }) => {
    expect(await move(text, zone, provinces)).toBe(expected);
  });
});

describe('shiftDates', () => {
  it.each([
    ['2025年底前完成', 2, '2027年底前完成'],
    ['依据国发〔2017〕17号', 3, '依据国发〔2017〕17号'],
    ['2034年', 4, '2035年'],
  ])('%s shifted by %i is %s', (text, offset, expected) => {
    expect(shiftDates(text, offset, seededRandom('t'))).toBe(expected);
  });
});

describe('restructure', () => {
  const seed = (): Promise<string> => readFile(join(ROOT, 'data/plans/001_b18cb7838db816cd.txt'), 'utf8');
  const titles = (segs: ReturnType<typeof segment>): string[] => segs.map((s) => s.title).sort();
  const top = (segs: ReturnType<typeof segment>): string[] => segs.filter((s) => s.depth === 1).map((s) => s.title);

  it('shuffling alone keeps every measure of a seed plan and its top-level order', async () => {
    const text = await seed();
    const before = segment(text, 'policy:a');
    const out = restructure(text, seededRandom('r'), { dropShare: 0, shuffleShare: 1 });
    const after = segment(out, 'policy:b');
    expect(out).not.toBe(text);
    expect(titles(after)).toEqual(titles(before));
    expect(top(after)).toEqual(top(before));
  });

  it('dropping thins the measures below the top level only', async () => {
    const text = await seed();
    const before = segment(text, 'policy:a');
    const after = segment(restructure(text, seededRandom('r'), { dropShare: 0.3, shuffleShare: 0 }), 'policy:b');
    expect(after.length).toBeLessThan(before.length);
    expect(top(after)).toEqual(top(before));
  });
});

describe('generateCorpus', () => {
  it('is deterministic, a smaller corpus is a prefix of a larger one, and only its folder is written', async () => {
    const a = await mkdtemp(join(tmpdir(), 'ftz-gen-a-'));
    const b = await mkdtemp(join(tmpdir(), 'ftz-gen-b-'));
    dirs.push(a, b);
    const big = await generateCorpus({ root: ROOT, outDir: a, count: 8 });
    const small = await generateCorpus({ root: ROOT, outDir: b, count: 3 });
    expect(await readdir(b)).toEqual(['bench-00000.txt', 'bench-00001.txt', 'bench-00002.txt', 'manifest.json']);
    for (let i = 0; i < 3; i++) expect(await readFile(small.files[i])).toEqual(await readFile(big.files[i]));
    const manifest = JSON.parse(await readFile(join(a, 'manifest.json'), 'utf8')) as Record<
      string,
      { docNumber: string; zone: string }
    >;
    const numbers = Object.values(manifest).map((m) => m.docNumber);
    expect(new Set(numbers).size).toBe(8);
    const zones = new Set((await readPlaces(HERE)).flatMap((p) => [p.zoneFullName, p.ftzFullName]));
    for (const m of Object.values(manifest)) expect(zones.has(m.zone)).toBe(true);
  }, 120_000);

  it('never lists a hold-out document as a template', async () => {
    const files = await templateFiles(ROOT, HERE);
    const held = ['06', '10', '13', '21', '26', '31', '33', '34', '38', '40'];
    const names = files.corpus.map((f) => f.replace(/^.*\//, ''));
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((n) => held.includes(n.slice(0, 2)))).toEqual([]);
  });
});
