// Decoded text → the normalised, simplified Document.text that every offset points into. Pure.
// Steps: newlines and invisible characters; a saved HTML page to text; trimmed lines; web, export and
// PDF debris dropped (YAML front matter, 北大法宝 header lines, leading > quote lines, <!-- --> markers,
// breadcrumbs, page tools, page metadata, page numbers, rules, Word bookmarks, a paragraph repeated
// right after itself), the labelled fields of the metadata among them kept as `metadata`; Markdown emphasis removed; mid-sentence line breaks joined; blank runs
// collapsed; last, traditional → simplified per character (1:1), so `original` (the cleaned text as
// written) and `text` share every offset. Markdown headings (#), tables (| … |) and tab-separated
// rows are kept for the segmenter.
import type { Script } from '../../../core/model.ts';
import { classifyLine, MAX_DEBRIS_LINE, stripBookmarks, type DebrisKind, type Dropped } from './debris.ts';
import { stripEmphasis, usesMasks } from './emphasis.ts';
import { htmlToText, looksLikeHtml } from './html.ts';
import { frontMatterLength, metadataEntries, type MetadataEntry, type MetadataSource } from '../lang/metadata.ts';
import { displayWidth, joinBrokenLines } from './join-lines.ts';
import { collapseBlankLines, dropInvisible, trimLine, unifyNewlines } from './lines.ts';
import { defaultConverters, detectScript, simplifyCharacters, type ScriptConverters } from './script.ts';

export type { DebrisKind, Dropped } from './debris.ts';
export type { ScriptConverters } from './script.ts';
export type { MetadataEntry, MetadataField, MetadataSource } from '../lang/metadata.ts';

export interface Normalised {
  text: string; // normalised, simplified: Document.text
  original: string; // the same cleaned text before simplification: same length, same offsets
  script: Script; // the script of the original
  removed: number; // debris removed: lines plus inline bookmarks
  dropped: Dropped[]; // what was removed, in order, as written
  joined: number; // mid-sentence line breaks joined
  html: boolean; // the input was a saved HTML page
  metadata: MetadataEntry[]; // labelled fields of the dropped front matter, export header and page metadata (simplified)
}

export interface NormaliseOptions {
  converters?: ScriptConverters; // traditional ↔ simplified; OpenCC's by default
}

const METADATA_KINDS: Partial<Record<DebrisKind, MetadataSource>> = {
  'front-matter': 'front-matter',
  'export-header': 'export-header',
  'page-meta': 'page-meta',
};
const QUOTE = /^>\s?/;

interface Drops {
  dropped: Dropped[];
  metadata: MetadataEntry[];
}

/** The kind of debris line i is: front matter by position, a quote line before any content, else
 *  by its simplified view. */
function kindOf(views: string[], i: number, frontMatter: number, content: boolean): DebrisKind | null {
  if (i < frontMatter) return (views[i] ?? '') === '' ? null : 'front-matter';
  const view = views[i] ?? '';
  if (!content && view.length <= MAX_DEBRIS_LINE && QUOTE.test(view)) return 'quote';
  return classifyLine(view);
}

/** Debris lines blanked out (so paragraph breaks around them survive); a page number goes without a
 *  trace (null), so a paragraph that runs over a page break can be joined again. Lines are judged by
 *  their simplified `views` (the patterns are simplified). Records what went, and the metadata fields
 *  of front matter, export header and page metadata lines. An official document's distribution
 *  footer (主办/督办/抄送/印发) is content, not debris: it stays, and the segmenter closes every
 *  measure before it. A Markdown quote line in the body keeps its text without the ">". */
function dropDebris(lines: string[], views: string[], drops: Drops): (string | null)[] {
  const frontMatter = frontMatterLength(views);
  let content = false;
  return lines.map((line, i) => {
    const kind = kindOf(views, i, frontMatter, content);
    if (kind) {
      drops.dropped.push({ kind, text: line });
      const source = METADATA_KINDS[kind];
      if (source) drops.metadata.push(...metadataEntries(views[i] ?? line, source));
      return kind === 'page-number' ? null : '';
    }
    if (line !== '') content = true;
    const { line: clean, dropped: marks } = stripBookmarks(line);
    for (const mark of marks) drops.dropped.push({ kind: 'bookmark', text: mark });
    const unquoted = QUOTE.test(clean) ? clean.replace(QUOTE, '') : clean;
    return marks.length > 0 || unquoted !== clean ? trimLine(unquoted) : clean;
  });
}

/** A long paragraph repeated right after itself (blank lines between allowed) is dropped. */
function dropRepeats(lines: string[], dropped: Dropped[]): string[] {
  let previous = '';
  return lines.map((line) => {
    if (line === '') return line;
    const repeat = line === previous && line.length >= 10 && !line.includes('\t') && !line.startsWith('|');
    previous = line;
    if (!repeat) return line;
    dropped.push({ kind: 'duplicate', text: line });
    return '';
  });
}

export function normalise(decoded: string, options: NormaliseOptions = {}): Normalised {
  const converters = options.converters ?? defaultConverters();
  let text = dropInvisible(unifyNewlines(decoded));
  const html = looksLikeHtml(text);
  if (html) text = htmlToText(text);
  const script = detectScript(text, converters);

  const drops: Drops = { dropped: [], metadata: [] };
  const { dropped } = drops;
  const raw = text.split('\n');
  const trimmed = raw.map(trimLine);
  const views = trimmed.map((line) => simplifyCharacters(line, converters));
  const cleaned = dropDebris(trimmed, views, drops);
  const keep = cleaned.map((line) => line !== null);
  let lines = dropRepeats(
    cleaned.filter((line): line is string => line !== null),
    dropped,
  );
  const indents = raw
    .filter((_, i) => keep[i])
    .map((line, i) => (lines[i] === '' ? 0 : displayWidth(/^[ \u00a0\u3000]*/.exec(line)?.[0] ?? '')));
  const masked = usesMasks(lines);
  lines = lines.map((line) => stripEmphasis(line, masked));
  const { lines: joinedLines, joined } = joinBrokenLines(lines, indents);
  const original = collapseBlankLines(joinedLines).join('\n');
  return {
    text: simplifyCharacters(original, converters),
    original,
    script,
    removed: dropped.length,
    dropped,
    joined,
    html,
    metadata: drops.metadata,
  };
}
