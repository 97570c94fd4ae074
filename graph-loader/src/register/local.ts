// Local bodies by composition: place + (party marker) + core + suffix. 省经济和信息化厅 → place 省 (unresolved),
// core 经济和信息化, suffix 厅; 市发改委 → core 发改 = 发展和改革, suffix 委 = 委员会; 中共岳阳市委组织部 → party.
// The cores and suffixes are data (data/register/local.json); matching walks the mention backwards once.
import { PlaceParser, type Place } from './places.ts';
import { SuffixTrie } from './suffix-trie.ts';
import type { LocalCore, LocalFile, LocalKind, PlaceLevel } from './types.ts';
import { coreForms } from './validate.ts';

export interface LocalParse {
  mention: string;
  place?: string; // 安徽省, 市, 岳阳市岳阳楼区; absent when the mention starts with the core
  placeLevel?: PlaceLevel;
  placeResolved: boolean; // false when the place is absent or a bare level: the document's jurisdiction decides
  placeParts: string[];
  branch: 'government' | 'party';
  partyMarker?: string; // 委, 党委, 党工委 (party organs only)
  core: string; // as written: 发改
  canonicalCore: string; // 发展和改革
  suffix: string; // as written: 委
  canonicalSuffix: string; // 委员会
  canonicalBody: string; // core and suffix in full: 发展和改革委员会
  canonicalName: string; // place + marker + canonical body: 市发展和改革委员会
  nameEn: string; // Development and Reform Commission (without the place)
  coreEn: string; // Development and Reform: the core alone
  kind: LocalKind;
  since?: number;
  until?: number;
}

interface CoreForm {
  core: LocalCore;
  branch: LocalParse['branch'];
  written: string;
  suffix: string;
}

export class LocalParser {
  private readonly trie = new SuffixTrie<CoreForm>();
  private readonly places: PlaceParser;
  private readonly markers: string[];

  constructor(private readonly local: LocalFile) {
    this.places = new PlaceParser(local);
    this.markers = [...local.partyMarkers].sort((a, b) => b.length - a.length);
    for (const core of local.cores) {
      for (const f of coreForms(core)) this.trie.add(f.form, { core, branch: 'government', ...f });
    }
    for (const core of local.partyCores) {
      for (const f of coreForms(core)) this.trie.add(f.form, { core, branch: 'party', ...f });
    }
  }

  /** The composition of a local body's name, or null when no known core ends the mention. */
  parse(mention: string): LocalParse | null {
    const written = mention.replace(/\s+/g, '');
    for (const { length, value } of this.trie.matchesEndingAt(written)) {
      let head = written.slice(0, written.length - length);
      let marker: string | undefined;
      if (value.branch === 'party') {
        marker = this.markers.find((m) => head.endsWith(m));
        if (marker === undefined) continue;
        head = head.slice(0, head.length - marker.length).replace(/^中共/, '');
      }
      return this.compose(written, head, marker, value);
    }
    return null;
  }

  /** The place part alone: 安徽省 → province; 市 → city, unresolved. */
  parsePlace(written: string): Place {
    return this.places.parse(written);
  }

  private compose(mention: string, head: string, marker: string | undefined, form: CoreForm): LocalParse {
    const { core, branch } = form;
    const place = this.places.parse(head);
    const canonicalSuffix = this.canonicalSuffix(core, form.suffix);
    const canonicalBody = core.core + canonicalSuffix;
    const suffixEn = this.local.suffixes[canonicalSuffix] ?? this.local.suffixes[form.suffix] ?? '';
    return {
      mention,
      ...(head ? { place: head } : {}),
      ...(place.level ? { placeLevel: place.level } : {}),
      placeResolved: place.resolved,
      placeParts: place.parts,
      branch,
      ...(marker ? { partyMarker: marker } : {}),
      core: form.written,
      canonicalCore: core.core,
      suffix: form.suffix,
      canonicalSuffix,
      canonicalBody,
      canonicalName: head + (marker ?? '') + canonicalBody,
      nameEn: core.enFixed || !suffixEn ? core.en : `${core.en} ${suffixEn}`,
      coreEn: core.en,
      kind: core.kind ?? (branch === 'party' ? 'party' : 'government'),
      ...(core.since !== undefined ? { since: core.since } : {}),
      ...(core.until !== undefined ? { until: core.until } : {}),
    };
  }

  private canonicalSuffix(core: LocalCore, suffix: string): string {
    const own = core.suffixCanonical?.[suffix];
    if (own !== undefined) return own;
    const general = this.local.canonicalSuffix[suffix];
    return general !== undefined && core.suffixes.includes(general) ? general : suffix;
  }
}
