// Bodies of Hong Kong, Macao and Taiwan, in traditional script as they write themselves, found by the
// written form or by its simplified key (the loader's normalised text). A separate index: Taiwan's 交通部
// is not the PRC's historical 交通部.
import type { Region, RegionalBody, RegionFile } from './types.ts';

export interface RegionalMatch extends RegionalBody {
  mention: string;
  matchedAs: 'name' | 'short';
}

export class RegionalIndex {
  private readonly byWritten = new Map<string, { body: RegionalBody; as: RegionalMatch['matchedAs'] }[]>();

  constructor(file: RegionFile) {
    for (const body of file.bodies) {
      const forms: [string, RegionalMatch['matchedAs']][] = [
        [body.name, 'name'],
        [body.key, 'name'],
        ...body.short.map((s): [string, 'short'] => [s, 'short']),
        ...body.shortKeys.map((s): [string, 'short'] => [s, 'short']),
      ];
      const seen = new Set<string>();
      for (const [written, as] of forms) {
        if (seen.has(written)) continue;
        seen.add(written);
        this.byWritten.set(written, [...(this.byWritten.get(written) ?? []), { body, as }]);
      }
    }
  }

  /** Every body the mention names (立法會 is Hong Kong's and Macao's), optionally in one region. */
  lookup(mention: string, region?: Region): RegionalMatch[] {
    const written = mention.trim();
    return (this.byWritten.get(written) ?? [])
      .filter((e) => region === undefined || e.body.region === region)
      .map((e) => ({ ...e.body, mention: written, matchedAs: e.as }));
  }
}
