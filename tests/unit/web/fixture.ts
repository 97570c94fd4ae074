// A small scene in the shape the API returns, modelled on the Yueyang seed plan.
import type { ApiGraph, ApiNode, ApiRelationship } from '../../../core/api-types.ts';
import type { ApiRelType } from '../../../core/model.ts';

const node = (id: string, labels: string[], properties: ApiNode['properties']): ApiNode => ({ id, labels, properties });
const rel = (
  id: string,
  type: ApiRelType,
  start: string,
  end: string,
  extra: ApiRelationship['properties'] = {},
): ApiRelationship => ({
  id,
  type,
  start,
  end,
  properties: {
    evidence: `${start} ${type} ${end}`,
    docId: 'policy:岳阳片区实施方案',
    start: 10,
    end: 30,
    method: 'label',
    ...extra,
  },
});

export const HUNAN = 'zone:中国（湖南）自由贸易试验区';
export const YUEYANG = 'zone:中国（湖南）自由贸易试验区岳阳片区';
export const CHENGLINGJI = 'zone:城陵矶综合保税区';
export const CUSTOMS = 'agency:岳阳海关';
export const COMMERCE = 'agency:岳阳市商务粮食局';
export const PROVINCE = 'agency:湖南省商务厅';
export const M1 = 'measure:岳阳片区实施方案#1.1';
export const M2 = 'measure:岳阳片区实施方案#1.2';
export const ECOM = 'industry:跨境电子商务';
export const DOC = 'policy:岳阳片区实施方案';

export const fixtureGraph: ApiGraph = {
  nodes: [
    node(HUNAN, ['Zone'], { name: '湖南自贸试验区', kind: 'ftz' }),
    node(YUEYANG, ['Zone'], { name: '岳阳片区', kind: 'area', areaKm2: 19.94 }),
    node(CHENGLINGJI, ['Zone'], { name: '城陵矶综合保税区', kind: 'bonded' }),
    node(CUSTOMS, ['Agency'], { name: '岳阳海关', level: 'municipal', nameEn: 'Yueyang Customs' }),
    node(COMMERCE, ['Agency'], { name: '岳阳市商务粮食局', level: 'municipal', nameEn: null }),
    node(PROVINCE, ['Agency'], { name: '湖南省商务厅', level: 'provincial' }),
    node(M1, ['Measure'], { number: '（一）', title: '发展跨境电商', dueDate: '2021-08-31', kind: 'task' }),
    node(M2, ['Measure'], { number: '（二）', title: '建设城陵矶新港', dueDate: '2022-12-31', kind: 'task' }),
    node(ECOM, ['Industry'], { name: '跨境电子商务', nameEn: 'Cross-border e-commerce' }),
    node(DOC, ['Document', 'Policy'], { title: '岳阳片区实施方案' }),
  ],
  relationships: [
    rel('r1', 'PART_OF', YUEYANG, HUNAN),
    rel('r2', 'PART_OF', CHENGLINGJI, YUEYANG),
    rel('r3', 'LEADS', CUSTOMS, M1),
    rel('r4', 'SUPPORTS', COMMERCE, M1),
    rel('r5', 'LEADS', COMMERCE, M2),
    rel('r6', 'TARGETS', M1, ECOM),
    rel('r7', 'APPLIES_TO', M1, CHENGLINGJI),
    rel('r8', 'CONTAINS', DOC, M1),
    rel('r9', 'CONTAINS', DOC, M2),
    rel('r10', 'INVOLVED_IN', CUSTOMS, M1),
    rel('r11', 'COVERS', DOC, YUEYANG),
  ],
};
