// The HTML briefing: one self-contained file (inline SVG and CSS, no scripts, no external
// resources): the analyst's title and the question it answers, a short summary (who leads how many
// measures, in which zones, what falls due), the picture, a legend, the measures table (lead and
// supporting agencies, zone, deadline, evidence sentence with its plan), the source documents and the
// cited policies — every word in the chosen language. Every text is escaped.
import type { ApiGraph } from '../../core/api-types.ts';
import type { BriefingData } from './briefing-data.ts';
import { LABEL_ORDER, labelColor, mainLabel, relColor } from '../../core/display.ts';
import type { Lang } from '../../core/display.ts';
import { labelNameIn, relNameIn } from '../../core/type-names.ts';
import { formatDate, summarise, summarySentences } from './briefing-summary.ts';
import { CSS_FONT_STACK } from './style.ts';

const T = {
  zh: {
    picture: '关系图',
    legend: '图例',
    measures: '措施',
    number: '编号',
    measure: '措施',
    lead: '牵头单位',
    support: '责任单位',
    zone: '区域',
    deadline: '完成时限',
    evidence: '依据原文',
    plan: '来源方案',
    policies: '引用的政策文件',
    none: '无',
    question: '本简报回答的问题',
    summaryHeading: '摘要',
    sources: '来源文件',
    docTitle: '标题',
    docNumber: '文号',
    issuer: '发文机关',
    issuedOn: '发文日期',
    measuresFrom: '本简报所含措施',
    summary: (n: number, r: number) => `${n} 个节点，${r} 条关系`,
  },
  en: {
    picture: 'Graph',
    legend: 'Legend',
    measures: 'Measures',
    number: 'No.',
    measure: 'Measure',
    lead: 'Lead',
    support: 'Supporting',
    zone: 'Zone',
    deadline: 'Deadline',
    evidence: 'Evidence',
    plan: 'Source plan',
    policies: 'Cited policies',
    none: 'None',
    question: 'The question this briefing answers',
    summaryHeading: 'Summary',
    sources: 'Source documents',
    docTitle: 'Title',
    docNumber: 'Document number',
    issuer: 'Issuer',
    issuedOn: 'Issued on',
    measuresFrom: 'Measures in this briefing',
    summary: (n: number, r: number) => `${n} nodes, ${r} relationships`,
  },
};

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export function toHtmlBriefing(
  graph: ApiGraph,
  svg: string,
  data: BriefingData,
  opts: { title: string; lang: Lang; question?: string; asOf: string },
): string {
  const t = T[opts.lang];
  const e = escapeHtml;
  return `<!doctype html>
<html lang="${opts.lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(opts.title)}</title>
<style>
body{font-family:${CSS_FONT_STACK};margin:2rem;color:#0f172a;line-height:1.5}
h1{font-size:1.5rem}.question{font-size:1.05rem;color:#334155}.summary li{margin:.2rem 0}h2{font-size:1.2rem;margin-top:2rem}
figure{margin:0;border:1px solid #e2e8f0}figure svg{max-width:100%;height:auto;display:block}
.legend span{display:inline-block;margin-right:1rem}.dot{display:inline-block;width:.8em;height:.8em;border-radius:50%;margin-right:.3em;vertical-align:middle}
.bar{display:inline-block;width:1.4em;height:.25em;margin-right:.3em;vertical-align:middle}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #e2e8f0;padding:.35rem .5rem;vertical-align:top;text-align:left}
th{background:#f1f5f9}td:nth-child(1){white-space:nowrap}td:nth-child(3),td:nth-child(5),td:nth-child(6){min-width:6em}blockquote{margin:0;color:#334155;white-space:pre-wrap}.plan{color:#64748b;font-size:.85em}.sources td:nth-child(1){white-space:normal}
</style>
</head>
<body>
<h1>${e(opts.title)}</h1>
${opts.question ? `<p class="question" data-part="question">${e(t.question)}${opts.lang === 'zh' ? '：' : ': '}${e(opts.question)}</p>\n` : ''}<section class="summary" data-part="summary">
<h2>${e(t.summaryHeading)}</h2>
<ul>
${summarySentences(summarise(data.measures, opts.asOf), opts.lang)
  .map((line) => `<li>${e(line)}</li>`)
  .join('\n')}
</ul>
</section>
<h2>${e(t.picture)}</h2>
<p>${e(t.summary(graph.nodes.length, graph.relationships.length))}</p>
<figure>${svg}</figure>
<h2>${e(t.legend)}</h2>
${legendHtml(graph, opts.lang)}
<h2>${e(t.measures)} (${data.measures.length})</h2>
${measuresTable(data, t)}
<h2>${e(t.sources)} (${data.sources.length})</h2>
${sourcesTable(data, t, opts.lang)}
<h2>${e(t.policies)} (${data.policies.length})</h2>
${policiesList(data, t)}
</body>
</html>
`;
}

function legendHtml(graph: ApiGraph, lang: Lang): string {
  const labels = new Map<string, number>();
  for (const n of graph.nodes) labels.set(mainLabel(n), (labels.get(mainLabel(n)) ?? 0) + 1);
  const types = new Map<string, number>();
  for (const r of graph.relationships) types.set(r.type, (types.get(r.type) ?? 0) + 1);
  const order = [
    ...LABEL_ORDER.filter((l) => labels.has(l)),
    ...[...labels.keys()].filter((l) => !(LABEL_ORDER as readonly string[]).includes(l)),
  ];
  const nodeItems = order.map(
    (l) =>
      `<span><i class="dot" style="background:${labelColor(l)}"></i>${escapeHtml(labelNameIn(lang, l))} (${labels.get(l) ?? 0})</span>`,
  );
  const relItems = [...types.entries()].map(
    ([type, n]) =>
      `<span><i class="bar" style="background:${relColor(type)}"></i>${escapeHtml(relNameIn(lang, type))} (${n})</span>`,
  );
  return `<p class="legend">${nodeItems.join('')}</p>\n<p class="legend">${relItems.join('')}</p>`;
}

function measuresTable(data: BriefingData, t: (typeof T)['zh']): string {
  if (data.measures.length === 0) return `<p>${escapeHtml(t.none)}</p>`;
  const e = escapeHtml;
  const head = [t.number, t.measure, t.lead, t.support, t.zone, t.deadline, t.evidence]
    .map((h) => `<th>${e(h)}</th>`)
    .join('');
  const rows = data.measures.map(
    (m) =>
      `<tr><td>${e(m.number)}</td><td>${e(m.title)}</td><td>${e(m.leads.join('、'))}</td><td>${e(m.supports.join('、'))}</td>` +
      `<td>${e(m.zones.join('、'))}</td><td>${e(m.deadline)}</td><td><blockquote>${e(m.evidence)}</blockquote><div class="plan">${e(t.plan)}: ${e(m.plan)}</div></td></tr>`,
  );
  return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

function sourcesTable(data: BriefingData, t: (typeof T)['zh'], lang: Lang): string {
  if (data.sources.length === 0) return `<p>${escapeHtml(t.none)}</p>`;
  const e = escapeHtml;
  const head = [t.docTitle, t.docNumber, t.issuer, t.issuedOn, t.measuresFrom].map((h) => `<th>${e(h)}</th>`).join('');
  const rows = data.sources.map(
    (d) =>
      `<tr><td>${e(d.title ? `《${d.title}》` : d.id)}</td><td>${e(d.docNumber)}</td><td>${e(d.issuer)}</td>` +
      `<td>${e(/^\d{4}-\d{2}-\d{2}$/.test(d.issuedOn) ? formatDate(d.issuedOn, lang) : d.issuedOn)}</td><td>${d.measures}</td></tr>`,
  );
  return `<table class="sources" data-part="sources">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

function policiesList(data: BriefingData, t: (typeof T)['zh']): string {
  if (data.policies.length === 0) return `<p>${escapeHtml(t.none)}</p>`;
  const items = data.policies.map((p) => {
    const title = p.title ? `《${p.title}》` : '';
    const parts = [title, p.docNumber, p.issuer].filter((s) => s !== '').join(' ');
    return `<li>${escapeHtml(parts || p.id)}${p.citedBy > 0 ? ` ×${p.citedBy}` : ''}</li>`;
  });
  return `<ul>\n${items.join('\n')}\n</ul>`;
}
