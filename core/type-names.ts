// Names of node labels and relationship types in both languages: the explorer's legend and panels
// and the exports (the HTML briefing's legend) speak the same words.
import type { Lang } from './display.ts';

export const LABEL_NAMES: Record<string, { zh: string; en: string }> = {
  Document: { zh: '方案', en: 'Plan' },
  Zone: { zh: '片区', en: 'Zone' },
  Measure: { zh: '措施', en: 'Measure' },
  Policy: { zh: '政策', en: 'Policy' },
  Agency: { zh: '机构', en: 'Agency' },
  Industry: { zh: '产业', en: 'Industry' },
};

export const REL_NAMES: Record<string, { zh: string; en: string }> = {
  COVERS: { zh: '涉及片区', en: 'covers' },
  PART_OF: { zh: '隶属', en: 'part of' },
  CONTAINS: { zh: '包含', en: 'contains' },
  APPLIES_TO: { zh: '实施于', en: 'applies to' },
  LEADS: { zh: '牵头', en: 'leads' },
  SUPPORTS: { zh: '配合', en: 'supports' },
  INVOLVED_IN: { zh: '参与', en: 'involved in' },
  TARGETS: { zh: '面向产业', en: 'targets' },
  FOCUSES_ON: { zh: '重点产业', en: 'focuses on' },
  CITES: { zh: '引用', en: 'cites' },
  ADOPTS: { zh: '采用', en: 'adopts' },
  ISSUED_BY: { zh: '发布机关', en: 'issued by' },
  SIMILAR_TO: { zh: '同类改革', en: 'same reform as' },
  COPY_OF: { zh: '同文措施', en: 'copy of' },
  LEADS_IN: { zh: '在片区牵头', en: 'leads in zone' },
};

function pick(table: Record<string, { zh: string; en: string }>, lang: Lang, key: string): string {
  return table[key]?.[lang] ?? key;
}

/** 片区 / Zone; an unknown label is shown as it is. */
export const labelNameIn = (lang: Lang, label: string): string => pick(LABEL_NAMES, lang, label);
/** 牵头 / leads; an unknown type is shown as it is. */
export const relNameIn = (lang: Lang, type: string): string => pick(REL_NAMES, lang, type);
