// writeBatch against the real Neo4j: documents written together (their measures and the
// relationships touching them CREATEd) give the very graph that writing them one at a time gives;
// a measure that is stored after all is merged, never duplicated; a document that fails fails alone;
// the load's writer (db/load-writer.ts) writes a queued document at once when it is idle.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writeDocument } from '../../../graph-loader/src/db/load.ts';
import { applySchema } from '../../../graph-loader/src/db/schema.ts';
import { writeBatch } from '../../../graph-loader/src/db/write-batch.ts';
import { batchWriter } from '../../../graph-loader/src/db/load-writer.ts';
import { phaseClock } from '../../../graph-loader/src/db/load-timing.ts';
import type { FileReport } from '../../../graph-loader/src/db/load-report.ts';
import type { PreparedDocument } from '../../../graph-loader/src/db/write-batch.ts';
import type { ParsedPlan } from '../../../graph-loader/src/parse-plan.ts';
import { NO_LINKS } from '../../../graph-loader/src/similar/index.ts';
import { resetDatabase, testDriver } from '../../setup/neo4j.ts';
import { DOC_A, DOC_B, plan } from './fragments.ts';
import type { DocSpec } from './fragments.ts';

const DOC_C: DocSpec = {
  key: '测试方案丙',
  file: 'tests/c.txt',
  measures: [{ title: '通关便利', text: '推进岳阳海关通关一体化改革。', lead: '岳阳市商务粮食局' }],
};

/** Every node and relationship with its properties, as sorted lines (integers as numbers); without
 *  the flag a replaced document leaves for the load's count refresh (db/derived-store.ts). */
async function snapshot(driver: Driver): Promise<string[]> {
  const value = (v: unknown): unknown =>
    v && typeof v === 'object' && 'toNumber' in v
      ? (v as { toNumber(): number }).toNumber()
      : Array.isArray(v)
        ? v.map(value)
        : v;
  const props = (p: Record<string, unknown>): string =>
    JSON.stringify(
      Object.keys(p)
        .filter((k) => k !== 'derivedStale')
        .sort()
        .map((k) => [k, value(p[k])]),
    );
  const nodes = await driver.executeQuery('MATCH (n) RETURN labels(n) AS l, properties(n) AS p');
  const rels = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN type(r) AS t, a.id AS a, b.id AS b, properties(r) AS p',
  );
  return [
    ...nodes.records.map((r) => `${[...(r.get('l') as string[])].sort().join(':')} ${props(r.get('p'))}`),
    ...rels.records.map((r) => `${r.get('t')} ${r.get('a')} ${r.get('b')} ${props(r.get('p'))}`),
  ].sort();
}

/** DOC_B carrying a node of DOC_A's first measure and a relationship to it. */
function borrowing(): ParsedPlan {
  const b = plan(DOC_B);
  const a = plan(DOC_A);
  const measure = a.fragment.nodes.find((n) => n.labels.includes('Measure'));
  const targets = a.fragment.relationships.find((r) => r.type === 'TARGETS' && r.start === measure?.id);
  if (!measure || !targets) throw new Error('DOC_A has no measure that targets an industry');
  b.fragment.nodes.push(measure);
  b.fragment.relationships.push({ ...targets, properties: { ...targets.properties, docId: b.docId } });
  return b;
}

describe('writing documents in batches', () => {
  let driver: Driver;
  const one = (doc: PreparedDocument) => writeDocument(driver, doc.plan, { similar: doc.similar, files: doc.files });
  const batch = (plans: ParsedPlan[]) =>
    writeBatch(
      driver,
      plans.map((p) => ({ plan: p, similar: NO_LINKS })),
      { writeOne: one, isFatal: () => false },
    );

  beforeAll(async () => {
    driver = testDriver();
    await applySchema(driver);
  });
  beforeEach(() => resetDatabase(driver));
  afterAll(async () => {
    await resetDatabase(driver);
    await driver.close();
  });

  it('writes documents together exactly as one at a time, and again over themselves', async () => {
    for (const spec of [DOC_A, DOC_B, DOC_C]) await writeDocument(driver, plan(spec));
    const alone = await snapshot(driver);
    await resetDatabase(driver);
    const results = await batch([plan(DOC_A), plan(DOC_B), plan(DOC_C)]);
    expect(results.filter((r) => r instanceof Error)).toEqual([]);
    expect(await snapshot(driver)).toEqual(alone);
    await batch([plan(DOC_A), plan(DOC_B), plan(DOC_C)]);
    expect(await snapshot(driver)).toEqual(alone);
  });

  it('merges a measure that is already stored instead of creating it twice', async () => {
    await writeDocument(driver, plan(DOC_A));
    await writeDocument(driver, borrowing());
    await writeDocument(driver, plan(DOC_C));
    const expected = await snapshot(driver);
    await resetDatabase(driver);
    await writeDocument(driver, plan(DOC_A));
    const results = await batch([borrowing(), plan(DOC_C)]);
    expect(results.filter((r) => r instanceof Error)).toEqual([]);
    expect(await snapshot(driver)).toEqual(expected);
    const { records } = await driver.executeQuery('MATCH (m:Measure) RETURN m.id AS id, count(*) AS c ORDER BY c DESC');
    expect(Number(records[0]?.get('c'))).toBe(1);
  });

  it('lets a document that fails fail alone: the others of its batch load whole', async () => {
    await writeDocument(driver, plan(DOC_A));
    await writeDocument(driver, plan(DOC_C));
    const expected = await snapshot(driver);
    await resetDatabase(driver);
    const broken = plan(DOC_B);
    const last = broken.fragment.relationships.at(-1);
    if (last) last.properties.evidence = ['mixed', 1] as unknown as string; // Neo4j refuses mixed lists
    const results = await batch([plan(DOC_A), broken, plan(DOC_C)]);
    expect(results.map((r) => r instanceof Error)).toEqual([false, true, false]);
    expect(await snapshot(driver)).toEqual(expected);
  });

  it('writes documents queued one by one, each reported loaded, by the drain', async () => {
    const reports = new Map<number, FileReport>();
    const writer = batchWriter(driver, {
      pipeline: 'test',
      clock: phaseClock(),
      writeOne: one,
      fatal: () => null,
      report: (index, report) => reports.set(index, report),
    });
    const queued = (index: number, spec: DocSpec) => {
      const p = plan(spec);
      return {
        index,
        doc: { plan: p, similar: NO_LINKS },
        file: spec.file,
        parsedId: p.docId,
        started: Date.now(),
        warnings: [],
      };
    };
    await writer.add(queued(0, DOC_A)); // the writer was idle: DOC_A is written now, not when ten have queued
    expect(writer.holds(plan(DOC_A).docId)).toBe(true);
    await writer.add(queued(1, DOC_B));
    await writer.add(queued(2, DOC_C));
    await writer.drain();
    expect([...reports.keys()].sort()).toEqual([0, 1, 2]);
    expect([...reports.values()].map((r) => r.status)).toEqual(['loaded', 'loaded', 'loaded']);
    expect(writer.held().size).toBe(0);
    const { records } = await driver.executeQuery('MATCH (d:Document) RETURN count(d) AS n');
    expect(Number(records[0]?.get('n'))).toBe(3);
  });

  it('starts the first write before the batch is full', async () => {
    let written = 0;
    const writer = batchWriter(driver, {
      pipeline: 'test',
      clock: phaseClock(),
      writeOne: one,
      fatal: () => null,
      report: () => (written += 1),
    });
    const p = plan(DOC_A);
    await writer.add({
      index: 0,
      doc: { plan: p, similar: NO_LINKS },
      file: DOC_A.file,
      parsedId: p.docId,
      started: 0,
      warnings: [],
    });
    // nothing else is added: the one queued document is written anyway (the old writer waited for ten or a drain)
    for (let i = 0; i < 200 && written === 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(written).toBe(1);
    expect(writer.holds(p.docId)).toBe(false);
    await writer.drain();
  });
});
