// One relationship per (type, start, end) across documents: every span that states it is an entry of
// its evidence lists (evidences, docIds, starts, ends, methods), and reloading one document touches
// only its own entries.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writeDocument } from '../../../graph-loader/src/db/load.ts';
import { applySchema } from '../../../graph-loader/src/db/schema.ts';
import { foldLegacyRelationships } from '../../../graph-loader/src/db/migrate-evidence.ts';
import { makeId } from '../../../core/model.ts';
import type { DocSpec } from './fragments.ts';
import { DOC_A, DOC_B, plan } from './fragments.ts';
import type { ParsedPlan } from '../../../graph-loader/src/parse-plan.ts';
import { resetDatabase, testDriver } from '../../setup/neo4j.ts';

const CITED = makeId.policy('国发〔2017〕17号');
const ISSUER = makeId.agency('国务院');

/** The plan of `spec` citing 国发〔2017〕17号, whose issuer it names at each of `offsets`. */
function citingPlan(spec: DocSpec, offsets: number[]): ParsedPlan {
  const p = plan(spec);
  const docId = p.docId;
  p.fragment.nodes.push(
    { id: CITED, labels: ['Policy'], properties: { title: '国发〔2017〕17号', kind: 'document', aliases: [] } },
    { id: ISSUER, labels: ['Agency'], properties: { name: '国务院', aliases: [], level: 'national' } },
  );
  for (const start of offsets) {
    const evidence = `国务院印发（${spec.key}@${start}）`;
    p.fragment.relationships.push({
      type: 'ISSUED_BY',
      start: CITED,
      end: ISSUER,
      properties: { evidence, docId, start, end: start + evidence.length, method: 'citation' },
    });
  }
  return p;
}

interface Stored {
  count: number;
  docIds: string[];
  starts: number[];
  evidences: string[];
  methods: string[];
  docId: string | null;
  evidence: string | null;
}

describe('one relationship per (type, start, end) with its evidence list', () => {
  let driver: Driver;
  const A = makeId.policy(DOC_A.key);
  const B = makeId.policy(DOC_B.key);

  async function issuedBy(): Promise<Stored> {
    const { records } = await driver.executeQuery(
      'MATCH (:Policy {id: $from})-[r:ISSUED_BY]->(:Agency {id: $to}) ' +
        'RETURN count(r) AS count, collect(r)[0] AS r',
      { from: CITED, to: ISSUER },
    );
    const r = records[0]?.get('r') as { properties: Record<string, unknown> } | null;
    const p = r?.properties ?? {};
    return {
      count: Number(records[0]?.get('count')),
      docIds: (p['docIds'] as string[] | undefined) ?? [],
      starts: ((p['starts'] as unknown[] | undefined) ?? []).map(Number),
      evidences: (p['evidences'] as string[] | undefined) ?? [],
      methods: (p['methods'] as string[] | undefined) ?? [],
      docId: (p['docId'] as string | undefined) ?? null,
      evidence: (p['evidence'] as string | undefined) ?? null,
    };
  }

  beforeAll(async () => {
    driver = testDriver();
    await applySchema(driver);
  });
  beforeEach(() => resetDatabase(driver));
  afterAll(async () => {
    await resetDatabase(driver);
    await driver.close();
  });

  it('stores one relationship carrying the evidence of both documents', async () => {
    await writeDocument(driver, citingPlan(DOC_A, [3, 40]));
    await writeDocument(driver, citingPlan(DOC_B, [7]));
    const stored = await issuedBy();
    expect(stored.count).toBe(1);
    expect(stored.docIds).toEqual([A, A, B]);
    expect(stored.starts).toEqual([3, 40, 7]);
    expect(stored.methods).toEqual(['citation', 'citation', 'citation']);
    expect(stored.evidences).toEqual([
      `国务院印发（${DOC_A.key}@3）`,
      `国务院印发（${DOC_A.key}@40）`,
      `国务院印发（${DOC_B.key}@7）`,
    ]);
    // the scalar evidence is the first entry's, so readers of one piece of evidence keep working
    expect([stored.docId, stored.evidence]).toEqual([A, stored.evidences[0]]);
  });

  it("reloading one document replaces its entries and keeps the other's", async () => {
    await writeDocument(driver, citingPlan(DOC_A, [3, 40]));
    await writeDocument(driver, citingPlan(DOC_B, [7]));
    await writeDocument(driver, citingPlan(DOC_A, [5]));
    const reloaded = await issuedBy();
    expect(reloaded.count).toBe(1);
    expect(reloaded.docIds).toEqual([B, A]);
    expect(reloaded.starts).toEqual([7, 5]);
    expect([reloaded.docId, reloaded.evidence]).toEqual([B, `国务院印发（${DOC_B.key}@7）`]);
  });

  it('removes the relationship when the last document stating it no longer does', async () => {
    await writeDocument(driver, citingPlan(DOC_A, [3]));
    await writeDocument(driver, citingPlan(DOC_B, [7]));
    await writeDocument(driver, plan(DOC_B));
    const onlyA = await issuedBy();
    expect([onlyA.count, onlyA.docIds]).toEqual([1, [A]]);
    await writeDocument(driver, plan(DOC_A));
    expect((await issuedBy()).count).toBe(0);
  });

  it('is idempotent: reloading both unchanged gives the same lists', async () => {
    await writeDocument(driver, citingPlan(DOC_A, [3]));
    await writeDocument(driver, citingPlan(DOC_B, [7]));
    const once = await issuedBy();
    await writeDocument(driver, citingPlan(DOC_A, [3]));
    await writeDocument(driver, citingPlan(DOC_B, [7]));
    const twice = await issuedBy();
    expect(twice.count).toBe(1);
    expect([...twice.docIds].sort()).toEqual([...once.docIds].sort());
  });
});

describe('a store written before the evidence lists', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await applySchema(driver);
    await resetDatabase(driver);
  });
  afterAll(async () => {
    await resetDatabase(driver);
    await driver.close();
  });

  it('folds parallel relationships into one carrying every span, before a load writes', async () => {
    await driver.executeQuery(
      'CREATE (p:Policy {id: $p})-[:ISSUED_BY {evidence: "甲", docId: "policy:甲", start: 1, end: 2, method: "citation"}]->' +
        '(a:Agency {id: $a}) CREATE (p)-[:ISSUED_BY {evidence: "乙", docId: "policy:乙", start: 3, end: 4, method: "citation"}]->(a)',
      { p: CITED, a: ISSUER },
    );
    const session = driver.session();
    const folded = await session.executeWrite(foldLegacyRelationships).finally(() => session.close());
    expect(folded).toBe(1);
    const { records } = await driver.executeQuery(
      'MATCH (:Policy {id: $p})-[r:ISSUED_BY]->(:Agency {id: $a}) RETURN r.docIds AS docIds, r.evidences AS ev',
      { p: CITED, a: ISSUER },
    );
    expect(records).toHaveLength(1);
    expect([...(records[0]?.get('docIds') as string[])].sort()).toEqual(['policy:乙', 'policy:甲']);
    expect((records[0]?.get('ev') as string[]).length).toBe(2);
  });
});
