// Dev helper: numbered units per level found by the segmenter vs the gold `structure.levels`, for
// every development-corpus document (the hold-out is never read). Usage:
//   node bin/run-ts.js tests/gold/structure-levels.ts [--gold DIR] [--show STEM-PREFIX]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { normalise } from '../../graph-loader/src/normalise/index.ts';
import { decodeBytes } from '../../graph-loader/src/read/decode.ts';
import { segment } from '../../graph-loader/src/segment/index.ts';
import { unitLevels } from '../../graph-loader/src/segment/report.ts';

const ROOT = join(import.meta.dirname, '../..');
// beside the clone (CI, /work/main) or beside the worktrees' parent (/work/wt/X)
const CORPUS = [join(ROOT, '../shared/corpus'), join(ROOT, '../../shared/corpus')].find((d) => existsSync(d)) ?? '';
const HOLD_OUT = /^(06|10|13|21|26|31|33|34|38|40)_/;

const { values } = parseArgs({
  options: { gold: { type: 'string', default: join(ROOT, 'tests/gold/corpus') }, show: { type: 'string' } },
});

function goldLevels(stem: string): number[] | null {
  for (const dir of [values.gold ?? '', '/work/main/tests/gold/corpus']) {
    const file = join(dir, `${stem}.json`);
    if (dir && existsSync(file))
      return (JSON.parse(readFileSync(file, 'utf8')) as { structure: { levels: number[] } }).structure.levels;
  }
  return null;
}

const files = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt') && !HOLD_OUT.test(f))
  .sort();
let equal = 0;
let withGold = 0;
for (const file of files) {
  const decoded = decodeBytes(readFileSync(join(CORPUS, file)), file);
  const text = normalise(decoded.text).text;
  const t0 = performance.now();
  const segs = segment(text, `policy:${file}`);
  const ms = performance.now() - t0;
  const found = unitLevels(segs);
  const stem = file.replace(/\.txt$/, '');
  const gold = goldLevels(stem);
  const same = gold !== null && JSON.stringify(gold) === JSON.stringify(found);
  if (gold) withGold += 1;
  if (same) equal += 1;
  const mark = gold === null ? '  ' : same ? 'ok' : '≠ ';
  console.log(
    `${mark} ${stem.slice(0, 40).padEnd(40)} found ${JSON.stringify(found).padEnd(18)} gold ${JSON.stringify(gold)}  ${ms.toFixed(0)}ms`,
  );
  if (values.show && file.startsWith(values.show))
    for (const s of segs)
      console.log(
        `   ${s.path.padEnd(10)} ${s.kind.padEnd(10)} ${(s.style ?? '').padEnd(9)} ${s.number}|${s.title.slice(0, 40)}`,
      );
}
console.log(`${equal}/${withGold} dev documents with gold have the gold levels (${files.length} dev documents)`);
