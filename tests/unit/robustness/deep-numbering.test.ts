// Numbering deeper than six levels (issue 11: "numbering deeper than 6 levels is merged into text
// without a warning"): through the whole parse, every level stays a measure of its own and the plan's
// warnings (what `ftz load` prints) say how deep the numbering goes.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dictionaries } from '../../../graph-loader/src/types.ts';
import { parsePlan } from '../../../graph-loader/src/parse-plan.ts';
import { DEEPEST_LEVEL } from '../../../graph-loader/src/segment/report.ts';
import { expectWellFormed, seedContext } from './fragment-checks.ts';

const LEVELS = ['第一编 总则', '第一章 一般规定', '第一节 适用', '第一条 本办法适用于下列情形：', '一、境内；'];
const DEEPER = ['（一）陆地；', '1.城市；', '（1）市区；', '①中心城区。'];
const NUMBERS = ['第一编', '第一章', '第一节', '第一条', '一、', '（一）', '1.', '（1）', '①'];
let dicts: Dictionaries;

beforeAll(async () => {
  ({ dicts } = await seedContext());
});

describe('numbering deeper than the deepest expected level', () => {
  it.each([6, 7, 8, 9])('%i levels: each a measure, a warning past the deepest', (depth) => {
    const lines = [...LEVELS, ...DEEPER].slice(0, depth);
    const text = ['关于印发某某办法的通知', ...lines].join('\n');
    const plan = parsePlan({ bytes: new TextEncoder().encode(text), file: 'deep.txt', dicts });
    expectWellFormed(plan);
    const measures = plan.fragment.nodes.filter((n) => n.labels.includes('Measure'));
    expect(measures.map((m) => m.properties.depth)).toEqual(lines.map((_, i) => i + 1));
    expect(measures.map((m) => m.properties.number)).toEqual(NUMBERS.slice(0, depth));
    const warning = plan.warnings.find((w) => /levels deep/.test(w));
    if (depth > DEEPEST_LEVEL)
      expect(warning).toBe(
        `deep.txt: numbering ${depth} levels deep (more than 6): check that the levels below 6 are structure`,
      );
    else expect(warning).toBeUndefined();
  });
});
