// Zone administrations (X自由贸易试验区X片区管理委员会, X高新区管委会) and enterprises (X集团有限公司) by their
// endings. The endings are data (local.json: zoneAdministration, enterprise).
import type { LocalFile } from './types.ts';

export interface ZoneAdministrationParse {
  mention: string;
  zone: string; // 中国（湖南）自由贸易试验区岳阳片区; '' for a bare 管委会
  zoneEnding?: string; // 片区, 高新区, 综合保税区 …
  suffix: string; // 管理委员会, 管委会, 管理局 …
  resolved: boolean; // false when the zone is not written
}

export interface EnterpriseParse {
  mention: string;
  name: string; // the name before the legal-form ending
  suffix: string; // 集团有限公司, 有限公司, 集团 …
}

function longestEnding(text: string, endings: string[]): string | null {
  let best: string | null = null;
  for (const e of endings) if (text.endsWith(e) && (!best || e.length > best.length)) best = e;
  return best;
}

export interface CoordinationParse {
  mention: string;
  name: string; // what the group is about, with its place: 省推进工业互联网创新发展
  suffix: string; // 专项工作组, 领导小组办公室, 联席会议 …
}

export class OrganisationParser {
  constructor(private readonly local: LocalFile) {}

  /** A zone's administrative committee, or null. The zone must end as zones do (片区, 开发区 …); it may be
   *  absent only before a suffix that names a zone body on its own (管委会: the document's zone). */
  zoneAdministration(mention: string): ZoneAdministrationParse | null {
    const written = mention.replace(/\s+/g, '');
    const suffix = longestEnding(written, this.local.zoneAdministration.suffixes);
    if (!suffix) return null;
    const zone = written.slice(0, written.length - suffix.length);
    if (zone === '') {
      const bare = this.local.zoneAdministration.bareSuffixes.includes(suffix);
      return bare ? { mention: written, zone, suffix, resolved: false } : null;
    }
    const zoneEnding = longestEnding(zone, this.local.zoneAdministration.zoneEndings);
    if (!zoneEnding) return null;
    return { mention: written, zone, zoneEnding, suffix, resolved: zone !== zoneEnding };
  }

  /** An enterprise named with its legal form (岳阳城陵矶港务集团有限公司), or null. */
  enterprise(mention: string): EnterpriseParse | null {
    const written = mention.replace(/\s+/g, '');
    const suffix = longestEnding(written, this.local.enterprise.suffixes);
    if (!suffix || written.length - suffix.length < 2) return null;
    return { mention: written, name: written.slice(0, written.length - suffix.length), suffix };
  }

  /** A leading group, working group or joint conference (省推进工业互联网创新发展专项工作组), or null. */
  coordination(mention: string): CoordinationParse | null {
    const written = mention.replace(/\s+/g, '');
    const suffix = longestEnding(written, this.local.coordination.suffixes);
    if (!suffix || written.length - suffix.length < 2) return null;
    return { mention: written, name: written.slice(0, written.length - suffix.length), suffix };
  }
}
