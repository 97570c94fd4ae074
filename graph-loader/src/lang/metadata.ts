// Export metadata around a document: YAML front matter (--- 标题: … 文号: … ---), 北大法宝 header lines
// (【法宝引证码】, 原文链接, 发布部门/发文字号/发布日期…) and web page fields (发布机构: …). They are not text
// of the document, so normalisation drops them; what their labelled fields say (title, number,
// issuer, date) is kept as metadata for the header reader. Labels: data/dictionaries/header-vocabulary.json.
import vocabulary from '../../../data/dictionaries/header-vocabulary.json' with { type: 'json' };

export type MetadataSource = 'front-matter' | 'export-header' | 'page-meta';
export type MetadataField = 'title' | 'docNumber' | 'issuer' | 'date' | 'inForce';

export interface MetadataEntry {
  field: MetadataField;
  value: string;
  label: string; // as written: 文号, 发布部门
  source: MetadataSource;
}

const FIELDS: MetadataField[] = ['title', 'docNumber', 'issuer', 'date', 'inForce'];
const LABEL_FIELD = new Map<string, MetadataField>(
  FIELDS.flatMap((f) => vocabulary.metadataLabels[f].map((label): [string, MetadataField] => [label, f])),
);
const OTHER_LABELS = ['来源', '信息来源', '更新时间', '浏览', '作者', '字号', '时效性', '效力级别'];
const ALL_LABELS = [...new Set([...LABEL_FIELD.keys(), ...OTHER_LABELS])].sort((a, b) => b.length - a.length);
const PAIR = new RegExp(String.raw`(${ALL_LABELS.join('|')})\s*[:：]\s*`, 'gu');

const EXPORT_LABELS = vocabulary.exportHeader.labels.join('|');
const EXPORT_LINE = new RegExp(String.raw`^(?:【(?:${EXPORT_LABELS})】|(?:${EXPORT_LABELS})\s*[:：])`, 'u');
const FRONT_MATTER_FIELD = /^[^\s:：]{1,24}\s*[:：]/u;
const FRONT_MATTER_MAX = 60; // lines

/** The number of leading lines that are a YAML front matter block (--- … ---), or 0. */
export function frontMatterLength(lines: readonly string[]): number {
  let first = 0;
  while (first < lines.length && lines[first]?.trim() === '') first++;
  if (lines[first]?.trim() !== '---') return 0;
  let fields = 0;
  for (let i = first + 1; i < lines.length && i <= first + FRONT_MATTER_MAX; i++) {
    const line = lines[i]?.trim() ?? '';
    if (line === '---') return fields > 0 ? i + 1 : 0;
    if (line === '' || /^[-\s]/u.test(line)) continue; // blank or a YAML list item
    if (!FRONT_MATTER_FIELD.test(line)) return 0;
    fields++;
  }
  return 0;
}

/** A 北大法宝 export header line: 【法宝引证码】 CLI.…, 原文链接：…, 发布部门：… (at most 200 characters). */
export function isExportHeaderLine(line: string): boolean {
  return line.length <= 200 && EXPORT_LINE.test(line);
}

/** The labelled fields of one metadata line ("编稿时间: 2021-01-19 来源: X 浏览:" has three). */
export function metadataEntries(line: string, source: MetadataSource): MetadataEntry[] {
  const marks = [...line.matchAll(PAIR)];
  const out: MetadataEntry[] = [];
  marks.forEach((m, k) => {
    const label = m[1] as string;
    const field = LABEL_FIELD.get(label) ?? (label === '来源' ? 'issuer' : undefined);
    if (!field) return;
    const from = (m.index ?? 0) + m[0].length;
    const to = marks[k + 1]?.index ?? line.length;
    const value = stripQuotes(line.slice(from, to).trim());
    if (value !== '') out.push({ field, value, label, source });
  });
  return out;
}

function stripQuotes(s: string): string {
  return s.replace(/^(["'“‘])(.*)(["'”’])$/u, '$2');
}
