import { describe, expect, it } from 'vitest';
import { nameMatcher } from '../../../graph-loader/src/extract/term-matcher.ts';
import { extractInstruments } from '../../../graph-loader/src/extract/instruments.ts';
import { fold } from '../../../graph-loader/src/extract/term-text.ts';
import { dicts, evidenceHolds, pairs, seg, termInput } from './helpers.ts';

describe('instrument dictionary', () => {
  it('has at least 40 named instruments with English names', async () => {
    const { instruments } = await dicts();
    expect(instruments.length).toBeGreaterThanOrEqual(40);
    expect(instruments.every((e) => e.nameEn.length > 0)).toBe(true);
  });

  it.each([
    ['开展“双随机、一公开”监管', '双随机、一公开'],
    ['双随机一公开', '双随机、一公开'],
    ['双随机，一公开', '双随机、一公开'],
    ['企业开办“一网通办”系统', '一网通办'],
    ['合格境外有限合伙人(QFLP)试点', 'QFLP'],
    ['qdlp试点', 'QDLP'],
    ['準入前國民待遇加負面清單管理制度', '负面清单'],
    ['證照分離', '证照分离'],
    ['实行告知承诺', '告知承诺制'],
    ['“多证集成、一照通行”改革', '一照通行'],
    ['推进照后减证和简化审批', '照后减证'],
    ['一口受理、一站通办', '一窗受理'],
  ])('%s → %s', async (text, name) => {
    const hits = nameMatcher((await dicts()).instruments).findAll(fold(text));
    expect([...new Set(hits.map((h) => h.key))]).toEqual([name]);
  });
});

describe('extractInstruments', () => {
  it('measures adopt what they name; narrative outside measures belongs to the zone', async () => {
    const text =
      '一、**片区发展现状\n全省率先实施“一枚印章管审批”改革。扩大“跨省通办”朋友圈。\n' +
      '三、下一步重点工作\n一是深化“放管服”改革，探索实施“一业一证”，持续加大“证照分离”改革试点力度。';
    const segments = [
      seg(text, '1', '一、**片区发展现状\n全省率先实施“一枚印章管审批”改革。扩大“跨省通办”朋友圈。', {
        kind: 'background',
      }),
      seg(text, '3', '三、下一步重点工作\n一是深化“放管服”改革，探索实施“一业一证”，持续加大“证照分离”改革试点力度。', {
        kind: 'section',
      }),
      seg(text, '3.1', '一是深化“放管服”改革，探索实施“一业一证”，持续加大“证照分离”改革试点力度。'),
    ];
    const f = extractInstruments(
      await termInput(text, segments, { title: '中国（河南）自由贸易试验区**片区发展情况报告' }),
    );
    expect(pairs(f, 'ADOPTS')).toEqual(
      [
        'm3.1 -> instrument:一业一证',
        'm3.1 -> instrument:证照分离',
        'zone:**片区 -> instrument:一枚印章管审批',
        'zone:**片区 -> instrument:跨省通办',
      ].sort(),
    );
    const kinds = new Set(f.nodes.map((n) => n.properties['kind']));
    expect(kinds).toEqual(new Set(['instrument']));
    expect(evidenceHolds(f, text)).toBe(true);
  });

  it('ignores instruments named in assignment clauses', async () => {
    const text = '(1)推进审批改革。(牵头单位:市单一窗口办公室)';
    const f = extractInstruments(await termInput(text, [seg(text, '1', text)]));
    expect(pairs(f, 'ADOPTS')).toEqual([]);
  });
});
