// Long lists of responsible bodies (issue 11: "agency lists take time quadratic in their length
// (20,000 names: 53 s)"). A 责任单位 list of N short names (eight bodies in turn) in one measure.
// The function-list pattern used to backtrack over the whole list from every start (48 s on 20,000
// names for the pattern alone); extract/list-scan.ts now scans lists once. The time check compares
// two sizes in one run on one machine (a growth ratio, never an absolute time): ten times the names
// may cost about ten times the time, far from the hundred times of a quadratic step.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dictionaries } from '../../../graph-loader/src/types.ts';
import { parsePlan } from '../../../graph-loader/src/parse-plan.ts';
import { seedContext } from './fragment-checks.ts';

const BODIES = ['市商务局', '市财政局', '岳阳海关', '市科技局', '市税务局', '市公安局', '市教育局'];
let dicts: Dictionaries;

beforeAll(async () => {
  ({ dicts } = await seedContext());
});

function planWithList(names: number): Uint8Array {
  const list = Array.from({ length: names }, (_, i) => BODIES[i % BODIES.length]).join('、');
  const text =
    '岳阳市人民政府办公室关于印发贸易便利化实施方案的通知\n一、主要任务\n' +
    `（一）推进贸易便利化。优化通关流程。\n责任单位：${list}\n`;
  return new TextEncoder().encode(text);
}

function leads(names: number): { agencies: string[]; ms: number } {
  const started = performance.now();
  const plan = parsePlan({ bytes: planWithList(names), file: `list-${names}.txt`, dicts });
  const ms = performance.now() - started;
  const agencies = plan.fragment.relationships.filter((r) => r.type === 'LEADS').map((r) => r.start);
  return { agencies, ms };
}

describe('a measure with a long list of bodies', () => {
  it('2,000 names: each body leads the measure once', { timeout: 120_000 }, () => {
    const { agencies } = leads(2_000);
    expect(agencies).toHaveLength(BODIES.length);
    expect(new Set(agencies).size).toBe(BODIES.length);
  });

  it('20,000 names cost about ten times 2,000 names, not a hundred', { timeout: 600_000 }, () => {
    leads(200); // warm-up
    // the fastest of three runs of each size: a pause of the shared machine slows one run, not all
    const small = Math.min(...[0, 1, 2].map(() => leads(2_000).ms));
    const runs = [0, 1, 2].map(() => leads(20_000));
    for (const { agencies } of runs) expect(agencies).toHaveLength(BODIES.length);
    expect(Math.min(...runs.map((r) => r.ms)) / small).toBeLessThan(20);
  });
});
