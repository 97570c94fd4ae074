// Collective subjects (各地区, 有关部门, 各省级人民政府, 相关区政府, 各镇 …): named groups, not bodies. The grammar
// records them as collective and makes no Agency of them. Phrases are matched whole, then the patterns.
import type { CollectiveFile } from './types.ts';

export interface CollectiveMatch {
  mention: string;
  by: 'phrase' | 'pattern';
  pattern?: string; // the id of the pattern that matched
}

export class CollectiveMatcher {
  private readonly phrases: Set<string>;
  private readonly patterns: { id: string; re: RegExp }[];

  constructor(file: CollectiveFile) {
    this.phrases = new Set(file.phrases);
    this.patterns = file.patterns.map((p) => ({ id: p.id, re: new RegExp(p.re, 'u') }));
  }

  match(mention: string): CollectiveMatch | null {
    const written = mention.replace(/\s+/g, '').replace(/^[、，,；;]+|[、，,；;。]+$/g, '');
    if (written === '') return null;
    if (this.phrases.has(written)) return { mention: written, by: 'phrase' };
    for (const p of this.patterns) if (p.re.test(written)) return { mention: written, by: 'pattern', pattern: p.id };
    return null;
  }
}
