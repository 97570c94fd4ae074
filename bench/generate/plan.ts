// One generated plan: a template moved to another FTZ area, its measures shuffled and thinned, its
// years shifted, under a new head (issuer, document number, title, date) that the manifest repeats.
import type { ManifestEntry } from '../../graph-loader/src/types.ts';
import { type Gazetteer, localMoves } from './gazetteer.ts';
import { relocate } from './places.ts';
import type { Place } from './places.ts';
import type { Random } from './random.ts';
import { restructure } from './restructure.ts';
import type { Template } from './templates.ts';

export type Level = 'province' | 'city' | 'district';

export interface Vocabulary {
  titleTopics: string[];
  titleKinds: string[];
  issuers: Record<Level, string[]>;
  offices: Record<Level, string[]>;
  provinces: string[];
  stemSuffixes: string[];
}

export interface GeneratedPlan {
  text: string;
  manifest: ManifestEntry;
  template: string;
}

const LATEST_YEAR = 2035;

function fill(pattern: string, place: Place): string {
  return pattern
    .replace('{province}', place.province)
    .replace('{city}', place.city)
    .replace('{district}', place.district);
}

function levelOf(rnd: Random): Level {
  const r = rnd.next();
  return r < 0.25 ? 'province' : r < 0.8 ? 'city' : 'district';
}

/** Years before 年 shift by `offset` (not those of document numbers, 〔2017〕, which cite real
 *  documents); half the months of year-month deadlines are drawn anew. */
export function shiftDates(text: string, offset: number, rnd: Random): string {
  return text.replace(/(?<![〔[［【(（\d])(20\d\d)年(?:(\d{1,2})月)?/g, (_m, year: string, month?: string) => {
    const y = Math.min(LATEST_YEAR, Number(year) + offset);
    if (month === undefined) return `${y}年`;
    return `${y}年${rnd.chance(0.5) ? rnd.int(1, 12) : Number(month)}月`;
  });
}

function docNumber(level: Level, place: Place, year: number, rnd: Random, vocab: Vocabulary, used: Set<string>) {
  const stem = level === 'province' ? place.abbr : level === 'city' ? place.cityStem[0] : place.district[0];
  const prefix = stem + rnd.pick(vocab.offices[level]);
  let seq = rnd.int(1, 150);
  while (used.has(`${prefix}〔${year}〕${seq}号`)) seq += 1;
  const number = `${prefix}〔${year}〕${seq}号`;
  used.add(number);
  return number;
}

function title(level: Level, place: Place, rnd: Random, vocab: Vocabulary): string {
  const what = rnd.pick(vocab.titleTopics) + rnd.pick(vocab.titleKinds);
  if (level === 'province') return `${place.ftzFullName}${what}`;
  if (level === 'city') return `${place.zoneFullName}${what}`;
  return `${place.district}落实${place.zoneFullName}${what}`;
}

export interface PlanInput {
  template: Template;
  place: Place;
  rnd: Random;
  vocab: Vocabulary;
  usedNumbers: Set<string>;
  gazetteer: Gazetteer;
}

export function generatePlan({ template, place, rnd, vocab, usedNumbers, gazetteer }: PlanInput): GeneratedPlan {
  const level = levelOf(rnd);
  const offset = rnd.int(-3, 4);
  const local = localMoves(template.text, template.home, place, gazetteer);
  const text = restructure(template.text, rnd, { dropShare: rnd.next() * 0.3, shuffleShare: 0.5 });
  const body = shiftDates(relocate(text, template.home, place, local), offset, rnd);
  const year = rnd.int(2016, 2025);
  const issuedOn = `${year}-${String(rnd.int(1, 12)).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}`;
  const issuer = fill(rnd.pick(vocab.issuers[level]), place);
  const number = docNumber(level, place, year, rnd, vocab, usedNumbers);
  const heading = title(level, place, rnd, vocab);
  const [y, m, d] = issuedOn.split('-').map(Number);
  const head = `${issuer}文件\n\n${number}\n\n${heading}\n\n${y}年${m}月${d}日印发\n\n`;
  const manifest: ManifestEntry = {
    title: heading,
    docNumber: number,
    issuer,
    issuedOn,
    province: place.province,
    city: level === 'province' ? undefined : place.city,
    district: level === 'district' ? place.district : undefined,
    zone: level === 'province' ? place.ftzFullName : place.zoneFullName,
    note: `benchmark plan generated from ${template.name}`,
  };
  return { text: head + body, manifest, template: template.name };
}
