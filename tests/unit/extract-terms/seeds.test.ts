// Sanity counts on the five seed plans through the real pipeline: normalise() (H2), segment() and
// extractDocument() (H3), which calls the term extractors. Facts below were read from the texts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../../graph-loader/src/extract/index.ts';
import type { Dictionaries, Manifest } from '../../../graph-loader/src/types.ts';
import type { Fragment, GraphNode } from '../../../core/model.ts';
import { normalise } from '../../../graph-loader/src/normalise/index.ts';
import { openccConverters } from '../../../graph-loader/src/normalise/script.ts';
import { dicts } from './helpers.ts';

const PLANS = join(import.meta.dirname, '../../../data/plans');
const manifest = JSON.parse(readFileSync(join(PLANS, 'manifest.json'), 'utf8')) as Manifest;
const fragments = new Map<string, { fragment: Fragment; text: string }>();
let d: Dictionaries;

beforeAll(async () => {
  d = await dicts();
  for (const file of Object.keys(manifest)) {
    const { text, script } = normalise(readFileSync(join(PLANS, file), 'utf8'));
    const { fragment } = extractDocument({
      file,
      text,
      script,
      sha256: 'x',
      encoding: 'utf-8',
      manifest: manifest[file],
      dicts: d,
      toTraditional: openccConverters().toTraditional,
    });
    fragments.set(file, { fragment, text });
  }
});

function seed(prefix: string): { fragment: Fragment; text: string } {
  const found = [...fragments.entries()].find(([f]) => f.startsWith(prefix));
  if (!found) throw new Error(`no seed ${prefix}`);
  return found[1];
}

function node(f: Fragment, id: string): GraphNode | undefined {
  return f.nodes.find((n) => n.id === id);
}

/** Names of the end nodes of relationships of a type from a start node (any start when omitted). */
function ends(f: Fragment, type: string, start?: string): string[] {
  const names = f.relationships
    .filter((r) => r.type === type && (!start || r.start === start))
    .map((r) => {
      const p = node(f, r.end)?.properties;
      return String(p?.['name'] ?? p?.['title'] ?? r.end);
    });
  return [...new Set(names)];
}

const HN = 'zone:中国（河南）自由贸易试验区';
const TYPES = ['COVERS', 'PART_OF', 'APPLIES_TO', 'TARGETS', 'FOCUSES_ON', 'ADOPTS', 'CITES', 'ISSUED_BY'];

describe('term facts on the seeds', () => {
  it('every term relationship has its evidence at its offsets and both endpoints as nodes', () => {
    for (const { fragment, text } of fragments.values()) {
      const ids = new Set(fragment.nodes.map((n) => n.id));
      for (const r of fragment.relationships.filter((x) => TYPES.includes(x.type))) {
        expect(ids.has(r.start) && ids.has(r.end), `${r.type} ${r.start} -> ${r.end}`).toBe(true);
        expect(text.slice(r.properties.start, r.properties.end)).toBe(r.properties.evidence);
      }
    }
  });

  it('000 Jinshui: block of 0.28 km² covered, three numbered citations, reform instruments', () => {
    const { fragment: f } = seed('000');
    expect(ends(f, 'COVERS')).toEqual(['金水区块']);
    expect(node(f, `${HN}郑州片区金水区块`)?.properties['areaKm2']).toBe(0.28);
    expect(ends(f, 'CITES').length).toBeGreaterThanOrEqual(4);
    const numbers = f.nodes.map((n) => n.properties['docNumber']).filter(Boolean);
    expect(numbers).toEqual(
      expect.arrayContaining(['国发〔2017〕17号', '豫政〔2017〕12号', '豫自贸办〔2017〕15号', '金发〔2017〕8号']),
    );
    expect(ends(f, 'ISSUED_BY')).toEqual(expect.arrayContaining(['国务院', '河南省人民政府']));
    expect(ends(f, 'ADOPTS')).toEqual(
      expect.arrayContaining(['双随机、一公开', '先照后证', '多证合一', '一照多址', '一址多照']),
    );
    expect(ends(f, 'TARGETS')).toEqual(expect.arrayContaining(['跨境电子商务', '服务外包', '人工智能', '区块链']));
  });

  it('001 Zhengzhou: areas of the area and its blocks, seven clusters, projects placed in blocks', () => {
    const { fragment: f } = seed('001');
    const area = (id: string) => node(f, `${HN}${id}`)?.properties['areaKm2'];
    expect([
      area('郑州片区'),
      area('郑州片区郑州经济开发区'),
      area('郑州片区郑东区块'),
      area('郑州片区金水区块'),
    ]).toEqual([73.17, 41.22, 31.67, 0.28]);
    expect(ends(f, 'FOCUSES_ON', `${HN}郑州片区`)).toEqual(
      expect.arrayContaining(['国际贸易', '现代物流', '金融服务', '文化产业', '信息服务', '专业服务', '先进制造业']),
    );
    expect(ends(f, 'APPLIES_TO')).toEqual(expect.arrayContaining(['郑东区块', '郑州经济开发区', '金水区块']));
    const cited = ends(f, 'CITES');
    expect(cited).toEqual(
      expect.arrayContaining(['中国（河南）自由贸易试验区总体方案', '中国（河南）自由贸易试验区郑州片区实施方案']),
    );
    expect(cited.some((t) => t.includes('产业发展规划'))).toBe(false);
  });

  it('002 Haidian (traditional source): simplified names, sub-zones and their priorities', () => {
    const { fragment: f } = seed('002');
    const hd = 'zone:中国（北京）自由贸易试验区科技创新片区海淀组团';
    expect(node(f, hd)?.properties['areaKm2']).toBe(21.59);
    expect(
      f.relationships
        .filter((r) => r.type === 'PART_OF' && r.end === hd)
        .map((r) => node(f, r.start)?.properties['name']),
    ).toEqual(expect.arrayContaining(['翠湖片区', '永丰片区']));
    expect(ends(f, 'FOCUSES_ON', `${hd}翠湖片区`)).toEqual(
      expect.arrayContaining(['人工智能', '下一代通信网络', '智能网联汽车']),
    );
    expect(ends(f, 'FOCUSES_ON', `${hd}永丰片区`)).toEqual(expect.arrayContaining(['集成电路', '新材料', '医疗器械']));
    const names = f.nodes
      .filter((n) => n.labels.includes('Industry') || n.labels.includes('Zone'))
      .map((n) => String(n.properties['name']));
    expect(names.filter((n) => /[資訊軟體積電區塊組團]/.test(n))).toEqual([]);
  });

  it('003 Yueyang: area and bonded zone, cross-border e-commerce measures, instruments, citations', () => {
    const { fragment: f } = seed('003');
    const yy = 'zone:中国（湖南）自由贸易试验区岳阳片区';
    expect(node(f, yy)?.properties['areaKm2']).toBe(19.94);
    expect(node(f, `${yy}城陵矶综合保税区`)?.properties['areaKm2']).toBe(2.07);
    expect(ends(f, 'FOCUSES_ON', yy)).toEqual(expect.arrayContaining(['航运物流', '电子商务', '新一代信息技术']));
    const ecommerce = f.relationships.filter((r) => r.type === 'TARGETS' && r.end === 'industry:跨境电子商务');
    expect(ecommerce.length).toBeGreaterThanOrEqual(15);
    expect(ends(f, 'ADOPTS')).toEqual(
      expect.arrayContaining([
        '证照分离',
        '单一窗口',
        'QFLP',
        '多报合一',
        '容缺受理',
        '照后减证',
        '一业一证',
        '一件事一次办',
        '负面清单',
      ]),
    );
    const numbers = f.nodes.map((n) => n.properties['docNumber']).filter(Boolean);
    expect(numbers).toEqual(expect.arrayContaining(['国发〔2020〕10号', '湘政发〔2020〕 号', '湘财金〔2019〕36号']));
    expect(f.nodes.filter((n) => n.properties['docNumber'] === '国发〔2020〕10号')).toHaveLength(1);
  });

  it('004 masked report: the area stays masked; achievements are adopted by the zone', () => {
    const { fragment: f } = seed('004');
    const masked = node(f, `${HN}**片区`);
    expect(masked?.properties['masked']).toBe(true);
    expect(masked?.properties['areaKm2']).toBe(35.42);
    expect(ends(f, 'ADOPTS', `${HN}**片区`)).toEqual(
      expect.arrayContaining(['一枚印章管审批', '跨省通办', '单一窗口', '证照分离']),
    );
    expect(ends(f, 'FOCUSES_ON', `${HN}**片区`)).toEqual(
      expect.arrayContaining(['智能装备', '电子信息', '新能源新材料', '生物医药']),
    );
    expect(f.nodes.some((n) => n.labels.includes('Zone') && String(n.properties['name']).includes('洛阳'))).toBe(false);
  });
});
