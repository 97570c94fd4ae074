// The briefing's opening summary, from its measures alone (pure): who leads how many measures, in
// which zones, and what falls due relative to an "as of" date — as sentences in the chosen language.
import type { Lang } from '../../core/display.ts';
import type { BriefingMeasure } from './briefing-data.ts';

export interface Counted {
  name: string;
  nameEn: string;
  measures: number;
}

export interface BriefingSummary {
  measures: number;
  plans: number;
  leads: Counted[];
  /** bodies that lead more measures than the list shows */
  moreLeads: number;
  zones: Counted[];
  moreZones: number;
  due: {
    asOf: string;
    months: number;
    overdue: number;
    soon: number;
    later: number;
    undated: number;
    next: { date: string; measures: number } | null;
  };
}

const TOP = 5;

function countBy(measures: readonly BriefingMeasure[], names: (m: BriefingMeasure) => [string, string][]): Counted[] {
  const counts = new Map<string, Counted>();
  for (const m of measures) {
    for (const [name, nameEn] of new Map(names(m))) {
      const c = counts.get(name) ?? { name, nameEn, measures: 0 };
      c.measures += 1;
      if (!c.nameEn && nameEn) c.nameEn = nameEn;
      counts.set(name, c);
    }
  }
  return [...counts.values()].sort((a, b) => b.measures - a.measures || a.name.localeCompare(b.name, 'zh'));
}

/** `iso` plus `months` calendar months (day clamped to the month's end). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}`;
}

export function summarise(measures: readonly BriefingMeasure[], asOf: string, months = 6): BriefingSummary {
  const leads = countBy(measures, (m) => m.leads.map((name, i) => [name, m.leadsEn[i] ?? '']));
  const zones = countBy(measures, (m) => m.zones.map((name, i) => [name, m.zonesEn[i] ?? '']));
  const horizon = addMonths(asOf, months);
  const dated = measures.map((m) => m.dueDate).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
  const upcoming = dated.filter((d) => d >= asOf).sort();
  const nextDate = upcoming[0];
  return {
    measures: measures.length,
    plans: new Set(measures.map((m) => m.docId || m.plan)).size,
    leads: leads.slice(0, TOP),
    moreLeads: Math.max(0, leads.length - TOP),
    zones: zones.slice(0, TOP),
    moreZones: Math.max(0, zones.length - TOP),
    due: {
      asOf,
      months,
      overdue: dated.filter((d) => d < asOf).length,
      soon: upcoming.filter((d) => d <= horizon).length,
      later: upcoming.filter((d) => d > horizon).length,
      undated: measures.length - dated.length,
      next: nextDate ? { date: nextDate, measures: upcoming.filter((d) => d === nextDate).length } : null,
    },
  };
}

/** 2021-08-31 → 2021年8月31日 (zh) or 31 Aug 2021 (en). */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (lang === 'zh') return `${y}年${m}月${d}日`;
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1];
  return `${d} ${month} ${y}`;
}

function named(c: Counted, lang: Lang): string {
  return lang === 'en' && c.nameEn ? `${c.name} (${c.nameEn})` : c.name;
}

function countedList(items: Counted[], more: number, lang: Lang): string {
  const zh = lang === 'zh';
  const parts = items.map((c) => (zh ? `${named(c, lang)}（${c.measures} 项）` : `${named(c, lang)} (${c.measures})`));
  if (more > 0) parts.push(zh ? `另有 ${more} 个` : `${more} more`);
  return parts.join(zh ? '、' : ', ');
}

/** The summary as sentences, one per line of the briefing's opening. */
export function summarySentences(s: BriefingSummary, lang: Lang): string[] {
  const zh = lang === 'zh';
  if (s.measures === 0) return [zh ? '本简报不含措施。' : 'This briefing holds no measures.'];
  const out = [
    zh
      ? `本简报涉及 ${s.plans} 份方案中的 ${s.measures} 项措施。`
      : `This briefing covers ${s.measures} measures from ${s.plans} plan${s.plans === 1 ? '' : 's'}.`,
  ];
  if (s.leads.length > 0)
    out.push(
      zh
        ? `牵头单位：${countedList(s.leads, s.moreLeads, lang)}。`
        : `Led by ${countedList(s.leads, s.moreLeads, lang)}.`,
    );
  else out.push(zh ? '措施未写明牵头单位。' : 'No lead agency is named for these measures.');
  if (s.zones.length > 0)
    out.push(
      zh ? `所在片区：${countedList(s.zones, s.moreZones, lang)}。` : `In ${countedList(s.zones, s.moreZones, lang)}.`,
    );
  out.push(dueSentence(s.due, lang));
  return out;
}

function dueSentence(due: BriefingSummary['due'], lang: Lang): string {
  const asOf = formatDate(due.asOf, lang);
  const next = due.next;
  if (lang === 'zh') {
    const nextText = next ? `；最近的期限是 ${formatDate(next.date, lang)}（${next.measures} 项）` : '';
    return (
      `截至 ${asOf}：已到期 ${due.overdue} 项，${due.months} 个月内到期 ${due.soon} 项，其后到期 ${due.later} 项，` +
      `未写明日期 ${due.undated} 项${nextText}。`
    );
  }
  const nextText = next ? `; the next deadline is ${formatDate(next.date, lang)} (${next.measures})` : '';
  return (
    `As of ${asOf}: ${due.overdue} past due, ${due.soon} due within ${due.months} months, ${due.later} due later, ` +
    `${due.undated} without a date${nextText}.`
  );
}
