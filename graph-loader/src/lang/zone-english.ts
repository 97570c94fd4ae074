// English names of zones (Zone.nameEn): the zone's own English name from the dictionary, else the
// first pattern of data/dictionaries/zone-english.json that its name fits, with the place X in
// English from the glossary's places ("中国（X）自由贸易试验区" → "China (X) Pilot Free Trade Zone",
// "X片区" → "X Area": 岳阳片区 → Yueyang Area). A place without an English name gives none. Pure.
import type { ZoneKind } from '../../../core/model.ts';

export interface ZoneEnglishPattern {
  zh: string; // with one X for the place: X片区
  en: string; // X Area
  kinds: ZoneKind[];
}
export interface ZoneEnglish {
  patterns: ZoneEnglishPattern[];
}

interface ZoneNaming {
  name: string;
  fullName: string;
  kind: ZoneKind;
  nameEn?: string | null;
}

const compiled = new WeakMap<ZoneEnglishPattern, RegExp>();

function patternRe(p: ZoneEnglishPattern): RegExp {
  let re = compiled.get(p);
  if (!re) {
    const [before, after] = p.zh.split('X').map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    re = new RegExp(`^${before}([\\u4e00-\\u9fff]{1,8}?)${after ?? ''}$`);
    compiled.set(p, re);
  }
  return re;
}

/** A place in English: the whole name, or the name without its level word (岳阳市 → 岳阳). */
function placeEn(place: string, places: Readonly<Record<string, string>>): string | null {
  return places[place] ?? places[place.replace(/(?:省|市|县|区|自治区)$/, '')] ?? null;
}

/** The zone's English name, or null when neither the dictionary nor a pattern with a known place gives one. */
export function zoneNameEn(
  zone: ZoneNaming,
  rules: ZoneEnglish | undefined,
  places: Readonly<Record<string, string>>,
): string | null {
  if (zone.nameEn) return zone.nameEn;
  for (const p of rules?.patterns ?? []) {
    if (!p.kinds.includes(zone.kind)) continue;
    const written = zone.kind === 'ftz' ? zone.fullName : zone.name;
    const place = patternRe(p).exec(written)?.[1];
    const en = place ? placeEn(place, places) : null;
    if (en) return p.en.replace('X', en);
  }
  return null;
}
