// Places for the benchmark corpus: the FTZ areas of bench/generate/places.json as targets, their zone
// dictionary entries, and moving a template text from its own place to a target place by replacing
// the province, city and district names it uses most.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ZoneEntry } from '../../graph-loader/src/types.ts';
import { type Gazetteer, fullForms, placeStem, provinceOfCity } from './gazetteer.ts';

interface AreaData {
  name: string;
  city: string;
  cityStem: string;
  district: string;
}
interface FtzData {
  ftz: string;
  province: string;
  provinceStem: string;
  abbr: string;
  areas: AreaData[];
}

/** One area of one FTZ: where a generated plan is placed. */
export interface Place {
  ftzFullName: string; // 中国（湖北）自由贸易试验区
  zoneFullName: string; // 中国（湖北）自由贸易试验区武汉片区
  zoneName: string; // 武汉片区
  province: string;
  provinceStem: string;
  abbr: string; // 鄂
  city: string;
  cityStem: string;
  district: string;
}

/** The names a template uses for its own place (the most frequent ones), any of them may be null. */
export interface HomePlace {
  province: string | null; // 河南省
  provinceStem: string | null; // 河南
  city: string | null; // 郑州市
  cityStem: string | null; // 郑州
  district: string | null;
}

const ftzFullName = (ftz: string): string => `中国（${ftz}）自由贸易试验区`;

export async function readPlaces(dir: string): Promise<Place[]> {
  const data = JSON.parse(await readFile(join(dir, 'places.json'), 'utf8')) as { ftzs: FtzData[] };
  return data.ftzs.flatMap((f) =>
    f.areas.map((a) => ({
      ftzFullName: ftzFullName(f.ftz),
      zoneFullName: ftzFullName(f.ftz) + a.name,
      zoneName: a.name,
      province: f.province,
      provinceStem: f.provinceStem,
      abbr: f.abbr,
      city: a.city,
      cityStem: a.cityStem,
      district: a.district,
    })),
  );
}

/** Dictionary entries for the areas the zone dictionary does not know yet (the FTZs are all there). */
export function zoneEntries(places: readonly Place[], known: readonly ZoneEntry[]): ZoneEntry[] {
  const names = new Set(known.map((z) => z.fullName));
  return places
    .filter((p) => !names.has(p.zoneFullName))
    .map((p) => ({
      name: p.zoneName,
      fullName: p.zoneFullName,
      kind: p.zoneName.endsWith('片区') ? 'area' : 'park',
      parent: p.ftzFullName,
      province: p.province,
      city: p.city,
      district: p.district,
      aliases: [],
      areaKm2: null,
    }));
}

export function provinceStem(name: string): string {
  return name.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, '');
}

function countOf(text: string, word: string): number {
  let n = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) n += 1;
  return n;
}

function mostFrequent(text: string, words: readonly string[], minCount = 2): string | null {
  let best: string | null = null;
  let bestCount = minCount - 1;
  for (const w of words) {
    const n = countOf(text, w);
    if (n > bestCount || (n === bestCount && best !== null && w.length > best.length)) {
      best = w;
      bestCount = n;
    }
  }
  return best;
}

/** A city of the gazetteer the text names in full most (阿坝州 of a prefecture's rules), when no FTZ
 *  city's stem is named: its full and canonical names only, a bare stem may be a word (安康, 东方). */
function gazetteerCity(text: string, g: Gazetteer): string | null {
  const cities = Object.values(g.provinces).flatMap((cs) => Object.keys(cs));
  const written = mostFrequent(text, [...new Set(cities.flatMap(fullForms))]);
  return written === null ? null : (cities.find((c) => fullForms(c).includes(written)) ?? null);
}

/** The province, city and district names a template text uses most (each at least twice). */
export function homePlace(
  text: string,
  places: readonly Place[],
  provinces: readonly string[],
  g: Gazetteer,
): HomePlace {
  const provinceStems = [...new Set(provinces.map(provinceStem))];
  const cityStems = [...new Set(places.map((p) => p.cityStem))];
  const stemC = mostFrequent(text, cityStems);
  const city = places.find((p) => p.cityStem === stemC)?.city ?? gazetteerCity(text, g);
  const ownProvince = city ? provinceOfCity(g, city) : null;
  const stemP = mostFrequent(text, provinceStems) ?? (ownProvince ? provinceStem(ownProvince) : null);
  return {
    province: provinces.find((p) => provinceStem(p) === stemP) ?? null,
    provinceStem: stemP,
    city,
    cityStem: stemC ?? (city ? placeStem(city) : null),
    district: mostFrequent(
      text,
      places.map((p) => p.district),
    ),
  };
}

/** The text moved from `home` to `target` in one pass (a replacement is never replaced again; longer
 *  names first): the FTZ name, the district, the city and the province, full names before stems, and
 *  the `local` names of the home province (gazetteer.ts: localMoves). A municipality's names (北京市,
 *  北京) become the target's city (北京市商务局 → 武汉市商务局). */
export function relocate(text: string, home: HomePlace, target: Place, local = new Map<string, string>()): string {
  const map = new Map<string, string>();
  if (home.provinceStem) {
    map.set(`中国（${home.provinceStem}）`, `中国（${target.provinceStem}）`);
    const municipal = home.provinceStem === home.cityStem;
    if (home.province) map.set(home.province, municipal ? target.city : target.province);
    map.set(home.provinceStem, municipal ? target.cityStem : target.provinceStem);
  }
  if (home.city && !map.has(home.city)) map.set(home.city, target.city);
  if (home.cityStem && !map.has(home.cityStem)) map.set(home.cityStem, target.cityStem);
  if (home.district) map.set(home.district, target.district);
  for (const [from, to] of local) if (!map.has(from)) map.set(from, to);
  if (map.size === 0) return text;
  const keys = [...map.keys()].sort((a, b) => b.length - a.length);
  const re = new RegExp(keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return text.replace(re, (m) => map.get(m) ?? m);
}
