// When a measure is due, as official documents write it without a 落实时间 label: a task tag
// （2023年底前完成，省商务厅牵头） （长期坚持） （2025年）, a phase heading （2021年8月—9月）, and the
// running text: 2015年底前，… / 于2016年底前完成 / 到2022年，… / 自2015年起 / 2019年1月1日至12月31日 /
// 每年2月底前. Continuous (长期坚持, 持续推进) and recurring (每年) deadlines are recorded as such,
// with no due date. Vocabulary: data/structure/deadlines.json. Pure.
import vocabulary from '../../../data/structure/deadlines.json' with { type: 'json' };
import type { DeadlineKind } from '../../../core/model.ts';
import { alternation } from '../grammar/vocabulary.ts';
import { type Deadline, parseDueDate } from './deadlines.ts';

const CONT = alternation(vocabulary.continuous);
const RECUR = alternation(vocabulary.recurring);
const DUE_SUFFIX = alternation(vocabulary.dueSuffixes);
const FROM_PREFIX = alternation(vocabulary.fromPrefixes);
const FROM_SUFFIX = alternation(vocabulary.fromSuffixes);
const JOIN = alternation(vocabulary.rangeJoins);
const IN_FORCE = alternation(vocabulary.inForce);
const PAST = alternation(vocabulary.pastVerbs);
const AS_OF = alternation(vocabulary.asOf);
const NAME_BEFORE_PERIOD = alternation(vocabulary.nameBeforePeriod);
const CN = '[一二三四五六七八九十]';

/** A year with an optional month, day or part: 2015年, 2015年6月底, 2021年第三季度, 2019年1月1日, 2021年年底. */
const DATE = `\\d{4}年(?:(?:\\d{1,2}|${CN}{1,2})月(?:份)?(?:\\d{1,2}日)?(?:上旬|中旬|下旬|初|中|底|末)?|年?底|年?末|年初|[上下]半年|第?[一二三四1-4]季度)?`;
/** The end of a period: a full date, or a month (and day) of the start's year. */
const END = `(?:${DATE}|(?:\\d{1,2}|${CN}{1,2})月(?:\\d{1,2}日)?(?:底|末)?)`;
const PERIOD = `${DATE}\\s*(?:${JOIN})\\s*${END}`;
const YEARS = `\\d{4}(?:${JOIN})\\d{4}年`;

const PERIOD_RE = new RegExp(`^(?:${PERIOD}|${YEARS})$`);
const FROM_RE = new RegExp(`^(?:${FROM_PREFIX})?${DATE}(?:${FROM_SUFFIX})$`);
const RECUR_RE = new RegExp(`^(?:${RECUR})`);
const CONT_RE = new RegExp(`(?:${CONT})`);
const CLOSE_RE = /(?:完成任务|完成|落实|实施)$/;

/** A deadline with the kind of time it states. */
export interface StatedDeadline extends Deadline {
  kind: DeadlineKind;
}

/** The end of a period (2019年1月1日至12月31日 → 2019-12-31, 2021年8月—9月 → 2021-09-30), or null. */
export function periodEnd(text: string): string | null {
  const t = text.replace(/\s+/g, '');
  const years = new RegExp(`^(\\d{4})(?:${JOIN})(\\d{4})年$`).exec(t);
  if (years) return `${years[2]}-12-31`;
  const m = new RegExp(`^(${DATE})(?:${JOIN})(${END})$`).exec(t);
  if (!m) return null;
  return /^\d{4}年/.test(m[2]) ? parseDueDate(m[2]) : parseDueDate(`${m[1].slice(0, 5)}${m[2]}`);
}

/** What kind of deadline a text names, and its due date where it names one. */
export function classifyDeadline(text: string): Pick<StatedDeadline, 'kind' | 'dueDate'> {
  const t = text.replace(/\s+/g, '').replace(CLOSE_RE, '');
  if (CONT_RE.test(t) && !/\d{4}/.test(t)) return { kind: 'continuous', dueDate: null };
  if (RECUR_RE.test(t)) return { kind: 'recurring', dueDate: null };
  if (PERIOD_RE.test(t)) return { kind: 'period', dueDate: periodEnd(t) };
  if (FROM_RE.test(t)) return { kind: 'from', dueDate: null };
  const due = parseDueDate(t);
  return due ? { kind: 'date', dueDate: due } : { kind: 'text', dueDate: null };
}

/** One part of a tag that is wholly a time: 2023年底前（完成）, 2025年, 长期坚持, 每年, 2021—2023年. */
const TAG_PART_RE = new RegExp(
  `^(?:(?:到|至|于)?${DATE}(?:${DUE_SUFFIX})?|${PERIOD}|${YEARS}|(?:${FROM_PREFIX})?${DATE}(?:${FROM_SUFFIX})|(?:${RECUR})(?:\\d{1,2}月|年)?(?:底|末)?(?:${DUE_SUFFIX})?|${CONT})$`,
);
const TAG_RE = /[（(]([^（）()\n]{2,40})[）)]/g;
const NAME_BEFORE_RE = new RegExp(`(?:${NAME_BEFORE_PERIOD})$`);

/** Deadlines in bracketed tags of text[from, to): the part of the tag that is a time. */
export function findTagDeadlines(text: string, from: number, to: number): StatedDeadline[] {
  const out: StatedDeadline[] = [];
  const body = text.slice(from, to);
  TAG_RE.lastIndex = 0;
  for (let m = TAG_RE.exec(body); m; m = TAG_RE.exec(body)) {
    if (NAME_BEFORE_RE.test(body.slice(Math.max(0, m.index - 4), m.index))) continue;
    let at = m.index + 1;
    for (const part of m[1].split(/([，,；;、：:\s]+)/)) {
      const core = part.replace(CLOSE_RE, '');
      if (core !== '' && TAG_PART_RE.test(core)) {
        const start = from + at;
        out.push({ deadlineText: core, ...classifyDeadline(core), start, end: start + core.length });
        break;
      }
      at += part.length;
    }
  }
  return out;
}

// running text: the most specific form first (a period before its start date, 前 before 于)
const TEXT_FORMS: { kind: 'period' | 'date' | 'from' | 'recurring'; re: RegExp }[] = [
  { kind: 'recurring', re: new RegExp(`(?:${RECUR})(?:\\d{1,2}月|年)?(?:底|末)(?:${DUE_SUFFIX})`, 'g') },
  { kind: 'period', re: new RegExp(`${DATE}(?:${JOIN})${END}`, 'g') },
  { kind: 'date', re: new RegExp(`(?<!${AS_OF})${DATE}(?:${DUE_SUFFIX})(?!后)`, 'g') },
  { kind: 'from', re: new RegExp(`(?<!${AS_OF})(?:${FROM_PREFIX})?${DATE}(?:${FROM_SUFFIX})(?!${IN_FORCE})`, 'g') },
  { kind: 'date', re: new RegExp(`(?<=^|[。；;：:，,\\s）)]|力争|争取)(?:到|至)${DATE}(?=[，,])`, 'g') },
  {
    kind: 'date',
    re: new RegExp(`于${DATE}(?![\\d月年底末初中上下第]|${DUE_SUFFIX}|${FROM_SUFFIX}|${PAST}|[，。；,;])`, 'g'),
  },
];

/** Spans inside 《》: a cited title's dates are the title's. */
function bookTitles(body: string): [number, number][] {
  return [...body.matchAll(/《[^《》\n]{1,80}》/g)].map((m) => [m.index, m.index + m[0].length]);
}

/** Deadlines written in running text[from, to), earliest first, overlapping forms resolved to the
 *  most specific. A period needs a month on its start (2021—2023年 in prose is a plan's name). */
export function findTextDeadlines(text: string, from: number, to: number): StatedDeadline[] {
  const body = text.slice(from, to);
  const titles = bookTitles(body);
  const found: StatedDeadline[] = [];
  for (const form of TEXT_FORMS) {
    form.re.lastIndex = 0;
    for (let m = form.re.exec(body); m; m = form.re.exec(body)) {
      const s = m.index;
      const e = s + m[0].length;
      if (form.kind === 'period' && !/月/.test(m[0].split(new RegExp(JOIN))[0] ?? '')) continue;
      if (titles.some(([a, b]) => a <= s && e <= b)) continue;
      if (found.some((d) => d.start < from + e && from + s < d.end)) continue;
      const dueDate = form.kind === 'date' ? parseDueDate(m[0]) : form.kind === 'period' ? periodEnd(m[0]) : null;
      found.push({ deadlineText: m[0], kind: form.kind, dueDate, start: from + s, end: from + e });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
