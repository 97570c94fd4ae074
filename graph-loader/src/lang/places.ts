// The gazetteer (data/dictionaries/divisions.json) as a lookup: which province a city lies in,
// which city a district or county lies in, and the place a string starts with (合肥市商务局 →
// 安徽省/合肥市; 上海市奉贤区交通委 → 上海市/上海市/奉贤区; 岳阳海关 → 湖南省/岳阳市). Pure.

/** province → city → its districts and counties; a municipality is its own only city. */
export interface Divisions {
  source?: string;
  provinces: Record<string, Record<string, string[]>>;
}

/** Where a body sits, every level that is known (a municipality is both province and city). */
export interface Place {
  province: string | null;
  city: string | null;
  district: string | null;
}

export const NO_PLACE: Place = { province: null, city: null, district: null };

interface Entry {
  level: 'province' | 'city' | 'district';
  name: string; // canonical: 安徽省, 合肥市, 阿坝州, 奉贤区
  province: string;
  city: string | null; // for districts
}

export interface PlaceHit {
  place: Place;
  /** the words that named it, as written: 合肥市, 安徽, 岳阳 */
  written: string;
  /** the most specific level named */
  level: Entry['level'];
  /** the place was written with its level word (安徽省, 合肥市), not a bare short form (安徽, 岳阳) */
  full: boolean;
}

const MUNICIPALITIES = new Set(['北京市', '天津市', '上海市', '重庆市']);
/** The ethnic part of an autonomous prefecture's name: 阿坝[藏族羌族]自治州, 伊犁[哈萨克]自治州. */
const ETHNIC_RE =
  /^(?:朝鲜族|土家族|苗族|藏族|羌族|彝族|布依族|侗族|哈尼族|壮族|傣族|白族|景颇族|傈僳族|回族|蒙古族|蒙古|柯尔克孜|哈萨克)+自治州$/u;
const SHORT_MIN = 2;

/** The name a place is usually written and kept under: 阿坝藏族羌族自治州 → 阿坝州. */
export function canonicalPlace(name: string): string {
  if (!name.endsWith('自治州')) return name;
  for (let i = 2; i < name.length - 3; i++) if (ETHNIC_RE.test(name.slice(i))) return `${name.slice(0, i)}州`;
  return name;
}

/** The forms a place is written in: full, canonical, and the bare stem (安徽, 合肥, 阿坝). */
function forms(name: string, level: Entry['level']): { form: string; full: boolean }[] {
  const canon = canonicalPlace(name);
  const out = [
    { form: name, full: true },
    { form: canon, full: true },
  ];
  const stem = canon
    .replace(/(特别行政区|壮族自治区|回族自治区|维吾尔自治区|自治区|省|市|地区|盟|州|新区|区|县|旗)$/u, '')
    .replace(/^(内蒙古)$/u, '内蒙古');
  // bare stems of districts and counties are too ambiguous (城关, 新华); cities and provinces keep theirs
  if (level !== 'district' && stem.length >= SHORT_MIN && stem !== canon) out.push({ form: stem, full: false });
  return out;
}

export class PlaceIndex {
  private readonly byForm = new Map<string, { entry: Entry; full: boolean }[]>();
  private readonly cityOf = new Map<string, string>(); // canonical city → province
  /** per first UTF-16 code unit of a form: the lengths of the forms starting with it, longest first
   *  (no place starts where none of them stands, and no other length can be one) */
  private readonly lengthsByFirst = new Map<number, number[]>();

  constructor(divisions: Divisions) {
    for (const [province, cities] of Object.entries(divisions.provinces)) {
      this.add({ level: 'province', name: province, province, city: null });
      for (const [city, districts] of Object.entries(cities)) {
        const canon = canonicalPlace(city);
        this.cityOf.set(canon, province);
        if (!MUNICIPALITIES.has(city)) this.add({ level: 'city', name: canon, province, city: null });
        for (const d of districts) this.add({ level: 'district', name: canonicalPlace(d), province, city: canon });
      }
    }
  }

  private add(entry: Entry): void {
    for (const { form, full } of forms(entry.name, entry.level)) {
      const list = this.byForm.get(form) ?? [];
      if (!list.some((x) => x.entry.name === entry.name && x.entry.province === entry.province)) {
        list.push({ entry, full });
        this.byForm.set(form, list);
        const lengths = this.lengthsByFirst.get(form.charCodeAt(0)) ?? [];
        if (!lengths.includes(form.length)) lengths.push(form.length);
        this.lengthsByFirst.set(
          form.charCodeAt(0),
          lengths.sort((a, b) => b - a),
        );
      }
    }
  }

  /** The province a city lies in (a municipality is its own province). */
  provinceOfCity(city: string): string | null {
    return MUNICIPALITIES.has(city) ? city : (this.cityOf.get(canonicalPlace(city)) ?? null);
  }

  isMunicipality(name: string): boolean {
    return MUNICIPALITIES.has(name);
  }

  /** The place a written form names, preferring one inside `within` when the form is ambiguous. */
  lookup(form: string, within: Place = NO_PLACE): PlaceHit | null {
    const list = this.byForm.get(form);
    if (!list || list.length === 0) return null;
    const inside = list.filter(
      ({ entry }) =>
        (!within.province || entry.province === within.province) &&
        (entry.level !== 'district' || !within.city || entry.city === within.city),
    );
    const pool = inside.length > 0 ? inside : list;
    // a district name shared by several cities is only placed when the context chooses one
    const districts = pool.filter((x) => x.entry.level === 'district');
    if (districts.length === pool.length && districts.length > 1) return null;
    const best = pool.find((x) => x.entry.level !== 'district') ?? pool[0];
    return { place: this.placeOf(best.entry), written: form, level: best.entry.level, full: best.full };
  }

  private placeOf(e: Entry): Place {
    if (e.level === 'province')
      return { province: e.province, city: MUNICIPALITIES.has(e.province) ? e.province : null, district: null };
    if (e.level === 'city') return { province: e.province, city: e.name, district: null };
    return { province: e.province, city: e.city, district: e.name };
  }

  /** The longest place a string starts with at `from`, then any district right after a city
   *  (上海市奉贤区, 金华市义乌市). Bare short forms only when `short` allows. */
  startsWith(s: string, within: Place = NO_PLACE, short = true, from = 0): PlaceHit | null {
    const first = this.longestAt(s, from, within, short);
    if (!first) return null;
    if (first.level === 'district') return first;
    const at = from + first.written.length;
    const next = this.longestAt(s, at, { ...within, ...first.place }, false);
    if (next && next.level !== 'province' && next.place.province === first.place.province) {
      const nested = next.level === 'district' ? next.place.city === first.place.city : first.level === 'province';
      if (nested) return { ...next, written: first.written + next.written };
    }
    return first;
  }

  private longestAt(s: string, at: number, within: Place, short: boolean): PlaceHit | null {
    const lengths = this.lengthsByFirst.get(s.charCodeAt(at));
    if (!lengths) return null;
    for (const len of lengths) {
      if (len > s.length - at || len < SHORT_MIN) continue;
      const hit = this.lookup(s.slice(at, at + len), within);
      if (hit && (short || hit.full)) return hit;
    }
    return null;
  }

  /** Every place named in a text with its level word (安徽省, 合肥市, 奉贤区), left to right. */
  findAll(text: string, within: Place = NO_PLACE): PlaceHit[] {
    const hits: PlaceHit[] = [];
    for (let i = 0; i < text.length; i++) {
      const hit = this.startsWith(text, within, false, i);
      if (hit) {
        hits.push(hit);
        i += hit.written.length - 1;
      }
    }
    return hits;
  }
}

/** One index per divisions object. */
const cache = new WeakMap<Divisions, PlaceIndex>();
export function placeIndex(divisions: Divisions): PlaceIndex {
  let index = cache.get(divisions);
  if (!index) {
    index = new PlaceIndex(divisions);
    cache.set(divisions, index);
  }
  return index;
}
