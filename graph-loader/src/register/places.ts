// The place part of a composed name: 安徽省, 岳阳市岳阳楼区, 湘西土家族苗族自治州, or a bare 省/市/区/县 that the
// document's jurisdiction must resolve. One pass over the characters; the level markers come from the data.
import type { LocalFile, PlaceLevel } from './types.ts';

export interface Place {
  name: string; // as written: 安徽省, 市, 岳阳市岳阳楼区
  level?: PlaceLevel; // of the last part: 岳阳市岳阳楼区 → district
  parts: string[]; // 岳阳市岳阳楼区 → [岳阳市, 岳阳楼区]
  resolved: boolean; // false for a bare level (省, 市, 区 …): the document says which one
  province?: string; // the province a part names (安徽 → 安徽省), when it does
  en?: string; // English, when the whole place is a province: 安徽省 → Anhui
}

/** Single characters that may close a place part only after this many characters (杭州 is a city, not a 州). */
const MIN_PART: Record<string, number> = { 州: 3 };

export class PlaceParser {
  private readonly markers: string[]; // longest first
  private readonly markerChars: Set<string>;
  private readonly provinces = new Map<string, string>();
  private readonly provinceEn = new Map<string, string>();
  private readonly municipalities: Set<string>;

  constructor(private readonly local: LocalFile) {
    this.markers = Object.keys(local.placeLevels).sort((a, b) => b.length - a.length);
    this.markerChars = new Set(this.markers.filter((m) => m.length === 1));
    for (const p of local.provinces) {
      this.provinceEn.set(p.name, p.en);
      for (const n of [p.name, ...p.short]) if (n.length >= 2) this.provinces.set(n, p.name);
    }
    this.municipalities = new Set(local.municipalities);
  }

  parse(written: string): Place {
    const name = written.trim();
    if (name === '') return { name, parts: [], resolved: false };
    const bare = this.local.placeLevels[name];
    if (bare !== undefined) return { name, level: bare, parts: [name], resolved: false };
    const parts = this.split(name);
    const last = parts[parts.length - 1];
    const province = this.provinces.get(parts[0]);
    const level = this.levelOf(last, parts.length === 1 ? province : undefined);
    const en = parts.length === 1 && province ? this.provinceEn.get(province) : undefined;
    return {
      name,
      ...(level ? { level } : {}),
      parts,
      resolved: true,
      ...(province ? { province } : {}),
      ...(en ? { en } : {}),
    };
  }

  /** Cut after each level marker that closes a part of two or more characters and is not followed by
   *  another marker character (杭州市 is one part; 岳阳市岳阳楼区 two). */
  private split(name: string): string[] {
    const parts: string[] = [];
    let start = 0;
    for (let i = 0; i < name.length; i++) {
      const marker = this.markerEndingAt(name, i + 1);
      if (!marker) continue;
      const length = i + 1 - start;
      if (length < Math.max(2, MIN_PART[marker] ?? 0, marker.length + 1)) continue;
      if (i + 1 < name.length && this.markerChars.has(name[i + 1])) continue;
      parts.push(name.slice(start, i + 1));
      start = i + 1;
    }
    if (start < name.length) parts.push(name.slice(start));
    return parts;
  }

  private markerEndingAt(name: string, end: number): string | null {
    for (const m of this.markers) if (end >= m.length && name.startsWith(m, end - m.length)) return m;
    return null;
  }

  private levelOf(part: string, province: string | undefined): PlaceLevel | undefined {
    if (province !== undefined || this.municipalities.has(part)) return 'province';
    const marker = this.markerEndingAt(part, part.length);
    if (!marker || part.length < Math.max(2, MIN_PART[marker] ?? 0)) return undefined;
    return this.local.placeLevels[marker];
  }
}
