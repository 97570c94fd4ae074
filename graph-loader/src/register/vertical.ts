// Branches of the vertically managed systems, by their written forms: X海关, 国家税务总局X省税务局,
// 中国人民银行X分行, 国家外汇管理局X分局, X海事局, X出入境边防检查站, 国家金融监督管理总局X监管局 …
// Each form is a prefix and a suffix around {place}; a mention is tested against the forms whose suffix
// ends it (a hash lookup per possible suffix length), so the cost does not grow with the register.
import type { PlaceParser } from './places.ts';
import type { PlaceLevel, VerticalFile, VerticalSystem } from './types.ts';

export interface VerticalParse {
  mention: string;
  system: string; // id: customs, tax, pbc-branch …
  parent: string; // the national body: 海关总署
  place: string; // 岳阳, 安徽省, 上海
  placeLevel?: PlaceLevel;
  placeResolved: boolean;
  form: string; // the matched form: 国家税务总局{place}税务局
  canonical: string; // the name the branch goes by, the place as written: 国家税务总局岳阳市税务局
  nameEn: string; // Yueyang Customs
  enTemplate: string; // the system's English with {place}: {place} Customs
  since?: number;
  until?: number;
  successor?: string; // the system that replaced this one (inspection-quarantine → customs)
}

interface Form {
  system: VerticalSystem;
  form: string;
  prefix: string;
  suffix: string;
}

export class VerticalParser {
  private readonly bySuffix = new Map<string, Form[]>();
  private readonly suffixLengths: number[];
  private readonly generic = new Map<string, VerticalSystem>();

  constructor(
    file: VerticalFile,
    private readonly places: PlaceParser,
  ) {
    for (const system of file.systems) {
      for (const form of system.forms) {
        const [prefix, suffix] = form.split('{place}');
        this.bySuffix.set(suffix, [...(this.bySuffix.get(suffix) ?? []), { system, form, prefix, suffix }]);
        if (prefix === '' && !this.generic.has(suffix)) this.generic.set(suffix, system);
      }
    }
    this.suffixLengths = [...new Set([...this.bySuffix.keys()].map((s) => s.length))].sort((a, b) => b - a);
  }

  /** The branch a mention names, or null. The place must be written (岳阳海关, 市税务局); the bare system
   *  name (海关) is `genericSystem`. Of several forms the one with the longest fixed text wins. */
  parse(mention: string): VerticalParse | null {
    const written = mention.replace(/\s+/g, '');
    let best: Form | null = null;
    for (const n of this.suffixLengths) {
      if (n >= written.length) continue;
      for (const f of this.bySuffix.get(written.slice(written.length - n)) ?? []) {
        if (!written.startsWith(f.prefix) || f.prefix.length + n >= written.length) continue;
        if (!best || f.prefix.length + f.suffix.length > best.prefix.length + best.suffix.length) best = f;
      }
    }
    return best ? this.compose(written, best) : null;
  }

  /** 海关, 税务局, 海事局 …: a system named without a place (the document's own, or in general). */
  genericSystem(mention: string): VerticalSystem | null {
    return this.generic.get(mention.trim()) ?? null;
  }

  private compose(mention: string, f: Form): VerticalParse {
    const place = mention.slice(f.prefix.length, mention.length - f.suffix.length);
    const parsed = this.places.parse(place);
    const s = f.system;
    return {
      mention,
      system: s.id,
      parent: s.parent,
      place,
      ...(parsed.level ? { placeLevel: parsed.level } : {}),
      placeResolved: parsed.resolved,
      form: f.form,
      canonical: (s.canonical?.[f.form] ?? f.form).replace('{place}', place),
      nameEn: placeInEnglish(s.en, parsed.resolved ? (parsed.en ?? place) : ''),
      enTemplate: s.en,
      ...(s.since !== undefined ? { since: s.since } : {}),
      ...(s.until !== undefined ? { until: s.until } : {}),
      ...(s.successor !== undefined ? { successor: s.successor } : {}),
    };
  }
}

/** "{place} Customs" with the place's English when the register knows it (provinces), as written otherwise,
 *  and without it when the place is a bare level (市海关 → Customs: the document's jurisdiction says which). */
function placeInEnglish(template: string, place: string): string {
  return template
    .replace('{place}', place)
    .replace(/\s{2,}/g, ' ')
    .trim();
}
