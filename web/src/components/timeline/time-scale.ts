// Pure: a linear time scale over ISO dates and the ticks that read well for its span (years, quarters
// or months), so the timeline's axis needs no charting library.

export interface Tick {
  date: string; // ISO date of the tick
  label: string;
  major: boolean; // a year boundary
}

export interface TimeScale {
  x: (date: string) => number;
  ticks: Tick[];
}

const DAY = 86_400_000;
const toMs = (date: string): number => Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
const iso = (y: number, m: number): string => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`;

/** The domain [from, to] of these dates, padded by a twentieth of the span (at least a month) each side. */
export function domainOf(dates: readonly string[]): [string, string] | null {
  const ms = dates.map(toMs).filter((n) => Number.isFinite(n));
  if (ms.length === 0) return null;
  const lo = Math.min(...ms);
  const hi = Math.max(...ms);
  const pad = Math.max((hi - lo) / 20, 31 * DAY);
  const day = (n: number) => new Date(n).toISOString().slice(0, 10);
  return [day(lo - pad), day(hi + pad)];
}

/** Month steps between ticks: one label per ~90 px. */
function stepMonths(spanMonths: number, width: number): number {
  const wanted = Math.max(1, Math.floor(width / 90));
  for (const step of [1, 3, 6, 12, 24, 60]) if (spanMonths / step <= wanted) return step;
  return 120;
}

export function timeScale(from: string, to: string, x0: number, x1: number, lang: 'zh' | 'en'): TimeScale {
  const a = toMs(from);
  const b = Math.max(toMs(to), a + DAY);
  const x = (date: string) => x0 + ((toMs(date) - a) / (b - a)) * (x1 - x0);
  const [fy, fm] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const [ty, tm] = [Number(to.slice(0, 4)), Number(to.slice(5, 7))];
  const span = (ty - fy) * 12 + (tm - fm) + 1;
  const step = stepMonths(span, x1 - x0);
  const ticks: Tick[] = [];
  // start at the first month after `from` that is a multiple of the step (counted from January)
  // (and, for steps of years, at a year that is a multiple of them: 2005, 2010 …)
  let months = fy * 12 + fm; // the month after from's (1-based month → next month index)
  const aligned = (n: number): boolean =>
    step < 12 ? (n % 12) % step === 0 : n % 12 === 0 && Math.floor(n / 12) % (step / 12) === 0;
  while (!aligned(months)) months++;
  for (; months <= ty * 12 + tm - 1; months += step) {
    const y = Math.floor(months / 12);
    const m = (months % 12) + 1;
    const date = iso(y, m);
    const major = m === 1;
    const label = step >= 12 || major ? (lang === 'zh' ? `${y}年` : String(y)) : lang === 'zh' ? `${m}月` : monthEn(m);
    ticks.push({ date, label, major });
  }
  return { x, ticks };
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthEn = (m: number): string => MONTHS_EN[m - 1] ?? String(m);
