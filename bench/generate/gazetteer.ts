// The gazetteer of the benchmark generator: data/dictionaries/divisions.json (province → city →
// districts) and the parks of data/dictionaries/zones.json. A template names places of its own
// province beyond its city (长沙海关 in a Yueyang plan, 奉贤区 in a Pudong plan, 城陵矶综保区): moved
// to another place, each such name becomes one of the target province's own, consistently within the
// plan, so a moved plan names no body of its source place.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { canonicalPlace } from '../../graph-loader/src/lang/places.ts';
import type { ZoneEntry } from '../../graph-loader/src/types.ts';
import type { HomePlace, Place } from './places.ts';

export interface Gazetteer {
  provinces: Record<string, Record<string, string[]>>;
  /** names of parks, blocks and bonded zones (not FTZs, areas or functional zones) by city */
  parks: Map<string, string[]>;
  /** what a city's bare stem is replaced before (长沙海关, 长沙片区, 长沙、岳阳): vocab.json */
  stemSuffixes: string[];
  /** every city's and province's bare stem (a district named 中山区 would read as 中山市) */
  placeStems: Set<string>;
}

const NOT_PARKS = new Set(['ftz', 'area', 'function']);
/** The generic end of a park's name; what stands before it is the park's own name (城陵矶综合保税区). */
const PARK_END_RE =
  /(综合保税区|综保区|保税港区|保税区|经济技术开发区|经济开发区|经开区|高新技术产业开发区|高新区|开发区|新区|港区|区块|片区|组团|园区|自贸)$/u;
const CJK_RE = /^[\u4e00-\u9fff]{2,}$/u;

export async function readGazetteer(root: string, stemSuffixes: string[]): Promise<Gazetteer> {
  const dicts = join(root, 'data/dictionaries');
  const divisions = JSON.parse(await readFile(join(dicts, 'divisions.json'), 'utf8')) as Pick<Gazetteer, 'provinces'>;
  const zones = JSON.parse(await readFile(join(dicts, 'zones.json'), 'utf8')) as ZoneEntry[];
  const parks = new Map<string, string[]>();
  for (const z of zones) {
    if (NOT_PARKS.has(z.kind) || !z.city) continue;
    parks.set(z.city, [...(parks.get(z.city) ?? []), z.name, ...z.aliases]);
  }
  const names = Object.entries(divisions.provinces).flatMap(([p, cities]) => [p, ...Object.keys(cities)]);
  const placeStems = new Set(names.map(placeStem).filter((n) => n.length >= 2));
  return { provinces: divisions.provinces, parks, stemSuffixes, placeStems };
}

/** A place's bare stem: 长沙市 → 长沙, 阿坝藏族羌族自治州 → 阿坝, 奉贤区 → 奉贤. */
export function placeStem(name: string): string {
  return canonicalPlace(name).replace(/(市|地区|盟|州|新区|区|县|旗)$/u, '');
}

export function provinceOfCity(g: Gazetteer, city: string): string | null {
  return Object.keys(g.provinces).find((p) => city in g.provinces[p]) ?? null;
}

/** The full and canonical names of a place (阿坝藏族羌族自治州, 阿坝州). */
export function fullForms(name: string): string[] {
  return [...new Set([name, canonicalPlace(name)])];
}

/** Takes the next name of `spare` (removing it), else `fallback`. */
function next(spare: string[], fallback: string): string {
  return spare.shift() ?? fallback;
}

interface Moves {
  map: Map<string, string>;
  cities: Map<string, string>; // home-province city → target city
  spareCities: string[];
  spareDistricts: Map<string, string[]>; // target city → districts not yet given
}

function targetCity(m: Moves, homeCity: string, target: Place): string {
  let city = m.cities.get(homeCity);
  if (!city) {
    city = next(m.spareCities, target.city);
    m.cities.set(homeCity, city);
  }
  return city;
}

function spareDistrict(m: Moves, g: Gazetteer, city: string, target: Place): string {
  if (!m.spareDistricts.has(city)) {
    const all = Object.values(g.provinces).find((cities) => city in cities)?.[city] ?? [];
    m.spareDistricts.set(
      city,
      all.filter((d) => d !== target.district && /[区县市]$/u.test(d) && !g.placeStems.has(placeStem(d))),
    );
  }
  return next(m.spareDistricts.get(city)!, target.district);
}

function setForms(m: Moves, g: Gazetteer, from: string, to: string): void {
  for (const f of fullForms(from)) if (!m.map.has(f)) m.map.set(f, to);
  const [stem, toStem] = [placeStem(from), placeStem(to)];
  if (stem.length < 2) return;
  for (const s of g.stemSuffixes) if (!m.map.has(stem + s)) m.map.set(stem + s, toStem + s);
}

/** Replacements for the places of the template's own province that `relocate` does not move: its
 *  other cities (full names, and stems before a seat word: 长沙海关), the districts of its cities,
 *  and the own names of its cities' parks (城陵矶 of 城陵矶综保区), each to a place of the target. */
export function localMoves(text: string, home: HomePlace, target: Place, g: Gazetteer): Map<string, string> {
  const province =
    (home.province && g.provinces[home.province] ? home.province : null) ?? provinceOfCity(g, home.city ?? '');
  const m: Moves = { map: new Map(), cities: new Map(), spareCities: [], spareDistricts: new Map() };
  if (!province || home.city === target.city) return m.map; // at home, its own names stay
  m.spareCities = Object.keys(g.provinces[target.province] ?? {}).filter((c) => c !== target.city);
  if (home.city) {
    m.cities.set(home.city, target.city);
    for (const f of fullForms(home.city)) m.map.set(f, target.city); // 阿坝州 as well as 阿坝藏族羌族自治州
  }
  const homeCities = g.provinces[province];
  for (const city of Object.keys(homeCities)) {
    if (city === home.city) continue;
    const stem = placeStem(city);
    const named = fullForms(city).some((f) => text.includes(f)) || g.stemSuffixes.some((s) => text.includes(stem + s));
    if (named) setForms(m, g, city, targetCity(m, city, target));
  }
  const own = ownNames(text, home, homeCities, g, m, target);
  for (const [from, to] of own) if (!m.map.has(from)) m.map.set(from, to);
  return m.map;
}

/** The districts of the home province's cities the text names (full names, each to a spare district
 *  of the target city that stands for its city), and the own names the text uses for them and for
 *  the parks of those cities (义乌 of 义乌市, 城陵矶 of 城陵矶综保区): each to the target city's stem
 *  and a district's, so the new name is the target city's alone (大连西岗综保区). */
function ownNames(
  text: string,
  home: HomePlace,
  homeCities: Record<string, string[]>,
  g: Gazetteer,
  m: Moves,
  target: Place,
): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set([...Object.keys(homeCities), ...Object.keys(g.provinces)].map(placeStem));
  const prefixed = (stem: string): string => placeStem(target.city) + stem;
  const districtTo = new Map<string, string>(); // a district's stem → the new own name
  if (home.district) districtTo.set(placeStem(home.district), prefixed(placeStem(target.district)));
  for (const [city, districts] of Object.entries(homeCities)) {
    for (const d of districts) {
      if (d === home.district || d.length < 3 || !text.includes(d)) continue;
      const to = spareDistrict(m, g, targetCity(m, city, target), target);
      out.set(d, to);
      const stem = placeStem(d);
      if (stem.length >= 2 && !taken.has(stem)) districtTo.set(stem, prefixed(placeStem(to)));
    }
  }
  for (const [stem, to] of districtTo)
    if (text.includes(stem) && stem !== placeStem(home.district ?? '')) out.set(stem, to);
  for (const [city, names] of g.parks) {
    if (!(city in homeCities)) continue;
    for (const name of names) {
      const own = parkOwnName(name, city);
      if (!own || out.has(own) || !text.includes(own)) continue;
      const to = districtTo.get(own) ?? prefixed(placeStem(spareDistrict(m, g, targetCity(m, city, target), target)));
      for (const f of [own, placeStem(city) + own, ...fullForms(city).map((c) => c + own)]) out.set(f, to);
    }
  }
  return out;
}

/** The park's own name: 岳阳城陵矶综保区 → 城陵矶, 郑东区块 → 郑东; null when only generic words are left. */
function parkOwnName(name: string, city: string): string | null {
  if (!PARK_END_RE.test(name)) return null;
  let own = name;
  while (PARK_END_RE.test(own)) own = own.replace(PARK_END_RE, '');
  for (const f of [...fullForms(city), placeStem(city)]) if (own.startsWith(f)) own = own.slice(f.length);
  return CJK_RE.test(own) && own.length <= 4 ? own : null;
}
