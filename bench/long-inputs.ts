// Time of parsePlan on long inputs (issue 11): a list of N responsible bodies in one measure, and
// seed 003 put on one line and repeated to M MB. Wall time of one run each; a growth well above the
// size ratio means a super-linear step. Usage: node bin/run-ts.js bench/long-inputs.ts names 2000 20000
//                                              node bin/run-ts.js bench/long-inputs.ts line 1 4 16
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parsePlan } from '../graph-loader/src/parse-plan.ts';
import { loadDictionaries } from '../graph-loader/src/read/dictionaries.ts';

const ROOT = join(import.meta.dirname, '..');
const BODIES = ['市商务局', '市财政局', '岳阳海关', '市科技局', '市税务局', '市公安局', '市教育局'];
const HEAD = '岳阳市人民政府办公室关于印发贸易便利化实施方案的通知\n一、主要任务\n';

const dicts = await loadDictionaries(join(ROOT, 'data', 'dictionaries'));
const [mode, ...sizes] = process.argv.slice(2);

function timed(label: string, bytes: Uint8Array): void {
  const started = performance.now();
  const plan = parsePlan({ bytes, file: `${label}.txt`, dicts, maxChars: Infinity });
  const s = ((performance.now() - started) / 1000).toFixed(2);
  const { nodes, relationships } = plan.fragment;
  console.log(`${label}: ${s} s (${nodes.length} nodes, ${relationships.length} relationships)`);
}

if (mode === 'names') {
  for (const n of sizes.map(Number)) {
    const list = Array.from({ length: n }, (_, i) => BODIES[i % BODIES.length]).join('、');
    timed(`names-${n}`, new TextEncoder().encode(`${HEAD}（一）推进贸易便利化。优化通关流程。\n责任单位：${list}\n`));
  }
} else if (mode === 'line') {
  const seed = await readFile(join(ROOT, 'data', 'plans', '003_f31d9fd870de6b80.txt'), 'utf8');
  const line = seed
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('');
  for (const mb of sizes.map(Number)) {
    const copies = Math.ceil((mb * 1024 * 1024) / Buffer.byteLength(line));
    timed(`line-${mb}MB-${copies}-copies`, Buffer.from(Array.from({ length: copies }, () => line).join('')));
  }
} else {
  console.error('usage: long-inputs.ts names N… | line MB…');
  process.exit(2);
}
