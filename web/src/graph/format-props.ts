// Node properties in readable form: dates written out, areas with their unit, lists joined, long
// plan text left out (the reader shows it), English names beside Chinese ones.
import type { JsonValue } from '../../../core/api-types.ts';
import { levelName } from '../i18n/i18n.ts';
import type { Lang } from '../i18n/i18n.ts';

// the understanding report (JSON) is shown beside the plan reader's outline, not here; what the loader
// stores for the saved queries (ids, parallel count lists, sample slots, vectors, fingerprints) is
// bookkeeping, not something to read (graph-loader/src/db/derived.ts, derived-store.ts, similar.ts)
const SKIP = new Set([
  'id',
  'text',
  'sha256',
  'start',
  'end',
  'report',
  'pipeline',
  'derivedStale',
  'countsPending',
  'assignees',
  'zoneIds',
  'ledInTree',
  'copyGroup',
  'similarityVectors',
  'planZoneRows',
  'partnerIds',
  'partnerMeasures',
  'industryIds',
  'industryMeasures',
  'industrySample',
]);
const ORDER = [
  'name',
  'nameEn',
  'title',
  'fullName',
  'shortName',
  'number',
  'kind',
  'level',
  'jurisdiction',
  'docNumber',
  'issuer',
  'issuedOn',
  'dueDate',
  'deadlineText',
  'section',
];

export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (lang === 'zh') return `${Number(y)}年${Number(mo)}月${Number(d)}日`;
  const month =
    ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(mo) - 1] ?? mo;
  return `${Number(d)} ${month} ${y}`;
}

export function formatValue(key: string, value: JsonValue, lang: Lang): string {
  if (value === null) return '—';
  if (typeof value === 'boolean') return lang === 'zh' ? (value ? '是' : '否') : value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.map((v) => formatValue(key, v, lang)).join(lang === 'zh' ? '、' : ', ');
  if (typeof value === 'number')
    return key === 'areaKm2' ? `${value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB')} km²` : String(value);
  if (typeof value === 'object') return JSON.stringify(value);
  if (key === 'level') return levelName(lang, value);
  if (/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/.test(value)) return formatDate(value, lang);
  return value;
}

/** Rows [key, readable value] in a stable, useful order; empty values and bulky fields left out. */
export function readableProps(props: Record<string, JsonValue>, lang: Lang): [string, string][] {
  const keys = Object.keys(props).filter(
    (k) =>
      !SKIP.has(k) &&
      props[k] !== null &&
      props[k] !== '' &&
      !(Array.isArray(props[k]) && (props[k] as JsonValue[]).length === 0),
  );
  const rank = (k: string) => (ORDER.includes(k) ? ORDER.indexOf(k) : ORDER.length);
  keys.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return keys.map((k) => [k, formatValue(k, props[k], lang)]);
}
