// Makes a template's measures differ from plan to plan: below the top-level sections, sibling
// measures are shuffled and some dropped, then renumbered in their own style (（三）, 3., ③, 第三条),
// so the plan still reads as a numbered plan. Works on the segmenter's tree of the normalised text.
import { segment } from '../../graph-loader/src/segment/index.ts';
import type { Random } from './random.ts';

type Span = Pick<Node, 'start' | 'end' | 'children'>;

interface Node {
  start: number;
  end: number;
  number: string;
  depth: number;
  children: Node[];
}

export interface RestructureOptions {
  dropShare: number; // chance that a measure below the top level is dropped
  shuffleShare: number; // chance that a group of sibling measures is shuffled
}

const DIGITS = '零一二三四五六七八九';

export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n];
  if (n < 20) return `十${n % 10 === 0 ? '' : DIGITS[n % 10]}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 === 0 ? '' : DIGITS[n % 10]}`;
  return String(n);
}

/** The number as written, with its numeral replaced by position `n` in the same style. */
export function renumber(number: string, n: number): string {
  if (/\d+/.test(number)) return number.replace(/\d+/, String(n));
  if (/[①-⑳]/.test(number) && n <= 20) return number.replace(/[①-⑳]/, String.fromCharCode(0x2460 + n - 1));
  if (/[零一二三四五六七八九十百]+/.test(number))
    return number.replace(/[零一二三四五六七八九十百]+/, chineseNumeral(n));
  return number;
}

function tree(text: string): Node[] {
  const byId = new Map<string, Node>();
  const roots: Node[] = [];
  for (const s of segment(text, 'policy:bench')) {
    const node: Node = { start: s.start, end: s.end, number: s.number, depth: s.depth, children: [] };
    byId.set(s.id, node);
    const parent = s.parentId ? byId.get(s.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** A measure that begins its own line (not one of several enumerated within a paragraph); Markdown
 *  heading marks before it count as the line's start. */
function startsLine(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return /^\s*(#+\s*)?$/.test(text.slice(lineStart, start));
}

/** Joins the pieces, starting on a new line each piece whose measure began a line. */
function joinPieces(text: string, prefix: string, pieces: { node: Node; body: string }[]): string {
  let out = prefix;
  for (const p of pieces) {
    if (out !== '' && !out.endsWith('\n') && startsLine(text, p.node.start)) out += '\n';
    out += p.body;
  }
  return out;
}

/** The text of a node's span with its children rearranged: each child keeps the text up to the next
 *  sibling (its gap); the text before the first child and after the last stays in place. */
function render(text: string, span: Span, rnd: Random, opts: RestructureOptions): string {
  const { start, end, children } = span;
  if (children.length === 0) return text.slice(start, end);
  const sorted = [...children].sort((a, b) => a.start - b.start);
  const pieces = sorted.map((c, i) => ({ node: c, gapEnd: i + 1 < sorted.length ? sorted[i + 1].start : c.end }));
  const last = sorted[sorted.length - 1];
  const below = last.depth > 1;
  let kept = below && pieces.length >= 3 ? pieces.filter(() => !rnd.chance(opts.dropShare)) : pieces;
  if (kept.length < 2) kept = pieces.slice(0, 2);
  if (below && rnd.chance(opts.shuffleShare)) kept = rnd.shuffle(kept);
  const body = kept.map((p, i) => {
    const child = render(text, p.node, rnd, opts);
    const lead = child.search(/\S/);
    const numbered =
      p.node.number && lead >= 0 && child.startsWith(p.node.number, lead)
        ? child.slice(0, lead) + renumber(p.node.number, i + 1) + child.slice(lead + p.node.number.length)
        : child;
    return { node: p.node, body: numbered + text.slice(p.node.end, p.gapEnd) };
  });
  const tail = text.slice(last.end, end);
  const joined = joinPieces(text, text.slice(start, sorted[0].start), body);
  return tail !== '' && !tail.startsWith('\n') && !joined.endsWith('\n') && startsLine(text, last.end)
    ? `${joined}\n${tail}`
    : joined + tail;
}

export function restructure(text: string, rnd: Random, opts: RestructureOptions): string {
  return render(text, { start: 0, end: text.length, children: tree(text) }, rnd, opts);
}
