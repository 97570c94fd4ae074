// The bulk path's fix-ups (graph-loader/src/db/bulk/fixups.ts): a (label, key) is set by one
// statement over the label only when the image shows that exact (every node of the label has the key,
// and the ones the CSV cannot hold all hold one value); every other fix-up stays a row by id.
import { describe, expect, it } from 'vitest';
import { GraphImage } from '../../../graph-loader/src/db/bulk/graph-image.ts';
import type { ImageNode } from '../../../graph-loader/src/db/bulk/graph-image.ts';
import type { CsvFiles } from '../../../graph-loader/src/db/bulk/csv-files.ts';
import { planFixups } from '../../../graph-loader/src/db/bulk/fixups.ts';

const node = (id: string, labels: string[], props: ImageNode['props']): ImageNode => ({ id, labels, props });

/** The image of `nodes` and the fix-ups bulk/csv-files.ts returns for it (its empty lists). */
function imageOf(nodes: ImageNode[]): { image: GraphImage; fixups: CsvFiles['fixups'] } {
  const image = new GraphImage();
  const fixups: CsvFiles['fixups'] = [];
  for (const n of nodes) {
    image.nodes.set(n.id, n);
    for (const [key, value] of Object.entries(n.props))
      if (Array.isArray(value) && (value.length === 0 || (value.length === 1 && value[0] === '')))
        fixups.push({ node: n.id, key, value });
  }
  return { image, fixups };
}

describe('planFixups', () => {
  it.each([
    [
      'every agency has aliases: one statement',
      [node('agency:a', ['Agency'], { aliases: [] }), node('agency:b', ['Agency'], { aliases: ['乙'] })],
      ['Agency.aliases'],
      [],
    ],
    [
      'a cited policy without the key: by id',
      [
        node('policy:d', ['Document', 'Policy'], { titleAlternatives: [] }),
        node('policy:cited', ['Policy'], { title: '《办法》' }),
      ],
      [],
      ['policy:d titleAlternatives'],
    ],
    [
      'two empty values of one key: by id',
      [node('measure:1', ['Measure'], { assignees: [] }), node('measure:2', ['Measure'], { assignees: [''] })],
      [],
      ['measure:1 assignees', 'measure:2 assignees'],
    ],
    [
      'a label-wide key beside a by-id one',
      [node('zone:a', ['Zone'], { aliases: [], industryIds: [] }), node('zone:b', ['Zone'], { aliases: ['乙'] })],
      ['Zone.aliases'],
      ['zone:a industryIds'],
    ],
  ])('%s', (_name, nodes, wide, rows) => {
    const { image, fixups } = imageOf(nodes);
    const plan = planFixups(image, fixups);
    expect(plan.labelWide.map((f) => `${f.label}.${f.key}`)).toEqual(wide);
    expect(plan.rows.map((f) => `${f.node} ${f.key}`)).toEqual(rows);
    expect(plan.labelWide.length + plan.rows.length).toBeLessThanOrEqual(fixups.length);
  });

  it('keeps every relationship fix-up by id', () => {
    const { image } = imageOf([node('agency:a', ['Agency'], { aliases: ['甲'] })]);
    const rel = { type: 'ISSUED_BY', start: 'policy:p', end: 'agency:a' };
    const plan = planFixups(image, [{ rel, key: 'evidences', value: [''] }]);
    expect(plan).toEqual({ labelWide: [], rows: [{ rel, key: 'evidences', value: [''] }] });
  });
});
