// Bodies of Hong Kong, Macao and Taiwan, in traditional script as they write themselves, found by the
// written form or by its simplified key (the loader's normalised text). A separate index: Taiwan's 交通部
// is not the PRC's historical 交通部.
import type { Region, RegionalBody, RegionFile } from './types.ts';

export interface RegionalMatch extends RegionalBody {
  mention: string;
  matchedAs: 'name' | 'short';
  /** How the mention was written: in traditional script (財政局), as the simplified key (财政局), or in a
   *  form both scripts share (行政院). Only a traditional mention is unmistakably this region's body. */
  script: 'Hant' | 'Hans' | 'both';
}
type Entry = { body: RegionalBody; as: RegionalMatch['matchedAs']; script: RegionalMatch['script'] };

export class RegionalIndex {
  private readonly byWritten = new Map<string, Entry[]>();

  constructor(file: RegionFile) {
    for (const body of file.bodies) {
      const forms: [string, string, RegionalMatch['matchedAs']][] = [
        [body.name, body.key, 'name'],
        ...body.short.map((s, i): [string, string, 'short'] => [s, body.shortKeys[i], 'short']),
      ];
      for (const [written, key, as] of forms) {
        this.put(written, { body, as, script: written === key ? 'both' : 'Hant' });
        if (key !== written) this.put(key, { body, as, script: 'Hans' });
      }
    }
  }

  private put(written: string, entry: Entry): void {
    this.byWritten.set(written, [...(this.byWritten.get(written) ?? []), entry]);
  }

  /** Every body the mention names (立法會 is Hong Kong's and Macao's), optionally in one region. */
  lookup(mention: string, region?: Region): RegionalMatch[] {
    const written = mention.trim();
    return (this.byWritten.get(written) ?? [])
      .filter((e) => region === undefined || e.body.region === region)
      .map((e) => ({ ...e.body, mention: written, matchedAs: e.as, script: e.script }));
  }
}
