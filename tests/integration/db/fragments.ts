// Hand-made fragments for the writer tests: two small documents that share an agency, an industry
// and a zone, shaped exactly as extraction yields them (core/model.ts).
import type { Fragment, GraphNode, GraphRelationship, RelType } from '../../../core/model.ts';
import { makeId } from '../../../core/model.ts';
import type { ParsedPlan } from '../../../graph-loader/src/parse-plan.ts';

export interface DocSpec {
  key: string; // document key: policy:<key>
  file: string;
  measures: { title: string; text: string; lead?: string }[];
  citation?: string;
}

const ZONE = makeId.zone('中国（湖南）自由贸易试验区岳阳片区');
const INDUSTRY = makeId.industry('跨境电子商务');

function rel(
  type: RelType,
  start: string,
  end: string,
  docId: string,
  offset: number,
  evidence: string,
): GraphRelationship {
  return {
    type,
    start,
    end,
    properties: { evidence, docId, start: offset, end: offset + evidence.length, method: 'label' },
  };
}

function sharedNodes(): GraphNode[] {
  return [
    {
      id: ZONE,
      labels: ['Zone'],
      properties: {
        name: '岳阳片区',
        fullName: '中国（湖南）自由贸易试验区岳阳片区',
        kind: 'area',
        province: '湖南省',
        city: '岳阳市',
        areaKm2: 19.94,
        masked: false,
        aliases: [],
      },
    },
    {
      id: INDUSTRY,
      labels: ['Industry'],
      properties: {
        name: '跨境电子商务',
        aliases: ['跨境电商', '跨境電商'],
        nameEn: 'Cross-border e-commerce',
        group: 'trade',
      },
    },
  ];
}

function agency(name: string): GraphNode {
  return {
    id: makeId.agency(name),
    labels: ['Agency'],
    properties: {
      name,
      shortName: name,
      aliases: [],
      level: 'municipal',
      jurisdiction: '岳阳市',
      kind: 'customs',
      nameEn: null,
    },
  };
}

export function documentFragment(spec: DocSpec): Fragment {
  const docId = makeId.policy(spec.key);
  const text = spec.measures.map((m) => `${m.title}。${m.text}`).join('\n');
  const doc: GraphNode = {
    id: docId,
    labels: ['Document', 'Policy'],
    properties: {
      title: spec.key,
      docNumber: null,
      issuer: null,
      issuedOn: null,
      file: spec.file,
      script: 'Hans',
      sha256: `sha-${text.length}`,
      encoding: 'utf-8',
      text,
      kind: 'document',
    },
  };
  const nodes: GraphNode[] = [doc, ...sharedNodes()];
  const rels: GraphRelationship[] = [rel('COVERS', docId, ZONE, docId, 0, spec.key)];
  let offset = 0;
  spec.measures.forEach((m, i) => {
    const id = makeId.measure(docId, String(i + 1));
    const props = {
      docId,
      path: String(i + 1),
      number: `${i + 1}．`,
      title: m.title,
      text: m.text,
      section: m.title,
      start: offset,
      end: offset + m.text.length,
      deadlineText: null,
      dueDate: null,
      target: null,
      kind: 'measure',
    };
    nodes.push({ id, labels: ['Measure'], properties: props });
    rels.push(rel('CONTAINS', docId, id, docId, offset, m.title));
    rels.push(rel('TARGETS', id, INDUSTRY, docId, offset, m.text));
    if (m.lead) {
      nodes.push(agency(m.lead));
      rels.push(rel('LEADS', makeId.agency(m.lead), id, docId, offset, `牵头单位：${m.lead}`));
    }
    if (spec.citation) {
      const policy = makeId.policy(spec.citation);
      nodes.push({
        id: policy,
        labels: ['Policy'],
        properties: { title: spec.citation, docNumber: null, issuer: null, year: 2017, kind: 'document', aliases: [] },
      });
      rels.push(rel('CITES', id, policy, docId, offset, `《${spec.citation}》`));
    }
    offset += m.title.length + m.text.length + 2;
  });
  return { nodes, relationships: rels };
}

export function plan(spec: DocSpec): ParsedPlan {
  return {
    docId: makeId.policy(spec.key),
    file: spec.file,
    sha256: 'test',
    encoding: 'utf-8',
    script: 'Hans',
    fragment: documentFragment(spec),
    warnings: [],
  };
}

export const DOC_A: DocSpec = {
  key: '测试方案甲',
  file: 'tests/a.txt',
  measures: [
    { title: '发展跨境电商', text: '支持建设跨境电商综合试验区，推进通关便利化。', lead: '岳阳海关' },
    { title: '培育市场主体', text: '推动外贸企业开展跨境电子商务业务。', lead: '岳阳市商务粮食局' },
  ],
  citation: '国务院关于印发中国（湖南）自由贸易试验区总体方案的通知',
};

export const DOC_B: DocSpec = {
  key: '测试方案乙',
  file: 'tests/b.txt',
  measures: [{ title: '口岸建设', text: '配合海关完善城陵矶港口岸功能。', lead: '岳阳海关' }],
};

/** Counts per label and per relationship type, for comparing database states. */
export const COUNTS_QUERY =
  'CALL { MATCH (n) UNWIND labels(n) AS label RETURN label AS key, count(*) AS c ' +
  'UNION ALL MATCH ()-[r]->() RETURN type(r) AS key, count(*) AS c } RETURN key, c ORDER BY key';
