// Numbered lines that are not structure: a table of contents (a run of short heading lines whose
// first heading is repeated right after the run, with or without a 目录 line above it), and the
// Arabic-numbered front matter of a law (a legal database's 沿革 "1.…公布 2.…修正") before its
// first chapter or article.

import type { Line, LineKind } from './lines.ts';

const TOC_LINE_MAX = 40; // a table-of-contents entry is a short title (with a page number at most)
const TOC_RUN_MIN = 3;
const TOC_SCAN_MAX = 300; // entries read ahead at most: a run of heading lines is never rescanned at length
const LAW_ARTICLES_MIN = 3;
const DI_STYLES = new Set(['part', 'chapter', 'section', 'article']);
const FRONT_STYLES = new Set(['ar-dot', 'ar-paren', 'decimal-1', 'decimal-2', 'decimal-3', 'decimal-4']);

function markerKey(kind: LineKind): string | null {
  return kind.kind === 'heading' ? `${kind.marker.style}#${kind.marker.ordinal}` : null;
}

function isEntry(line: Line, kind: LineKind): boolean {
  return kind.kind === 'heading' && line.raw.length <= TOC_LINE_MAX && !/[。；;，,]/.test(line.raw);
}

/** Indices of the lines of a table of contents. */
function tocLines(lines: Line[], kinds: LineKind[], out: Set<number>): void {
  let i = 0;
  while (i < lines.length) {
    if (!isEntry(lines[i], kinds[i])) {
      i += 1;
      continue;
    }
    const run: number[] = [];
    let j = i;
    for (; j < lines.length && run.length < TOC_SCAN_MAX && (lines[j].blank || isEntry(lines[j], kinds[j])); j++)
      if (!lines[j].blank) run.push(j);
    const first = markerKey(kinds[run[0]]);
    // the run ends where its first heading comes again: the body begins
    const repeat = run.findIndex((k, n) => n > 0 && markerKey(kinds[k]) === first);
    const entries = repeat > 0 ? run.slice(0, repeat) : [];
    const nextKey = j < lines.length ? markerKey(kinds[j]) : null;
    if (entries.length >= TOC_RUN_MIN) entries.forEach((k) => out.add(k));
    else if (run.length >= TOC_RUN_MIN && nextKey === first) run.forEach((k) => out.add(k));
    i = entries.length >= TOC_RUN_MIN ? run[repeat] : j; // never rescan a run that is not a table of contents
  }
}

/** Arabic-numbered lines before the first chapter/article of a law (≥ 3 articles). */
function lawFrontMatter(kinds: LineKind[], out: Set<number>): void {
  const isDi = (k: LineKind): boolean => k.kind === 'heading' && DI_STYLES.has(k.marker.style);
  const articles = kinds.filter((k) => k.kind === 'heading' && k.marker.style === 'article').length;
  if (articles < LAW_ARTICLES_MIN) return;
  for (let i = 0; i < kinds.length && !isDi(kinds[i]); i++) {
    const k = kinds[i];
    if (k.kind === 'heading' && FRONT_STYLES.has(k.marker.style)) out.add(i);
  }
}

const ATTACHMENT_LIST_RE = /^附件[：:]\s*[1１][.．、]/;

/** The numbered lines continuing an attachment list "附件：1.… / 2.…" (short titles, no sentence). */
function attachmentLists(lines: Line[], kinds: LineKind[], out: Set<number>): void {
  for (let i = 0; i < lines.length; i++) {
    if (!ATTACHMENT_LIST_RE.test(lines[i].raw)) continue;
    for (let j = i + 1; j < lines.length && (lines[j].blank || isEntry(lines[j], kinds[j])); j++)
      if (!lines[j].blank) out.add(j);
  }
}

/** Line indices whose numbering is not structure. */
export function notStructure(lines: Line[], kinds: LineKind[]): Set<number> {
  const out = new Set<number>();
  tocLines(lines, kinds, out);
  lawFrontMatter(kinds, out);
  attachmentLists(lines, kinds, out);
  return out;
}
