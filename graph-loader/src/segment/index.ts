// segment(text, docId) → Segment[]: the measure hierarchy of a plan with stable paths and offsets.
// See docs/segmentation.md for the rules and the edge cases.

import { makeId } from '../../../core/model.ts';
import type { Segment } from '../types.ts';
import { isAgencyColumn } from './columns.ts';
import { findEnumerations } from './enumerations.ts';
import { groupRepeatedTasks, rowTextColumn } from './table-groups.ts';
import { splitInline } from './inline.ts';
import { splitLines } from './lines.ts';
import { bareHeading, cellTitle, isBackgroundTitle, isTargetTitle, isTransparentTitle, titleOf } from './titles.ts';
import { type RawNode, buildRawTree } from './tree.ts';

interface FinalNode {
  raw: RawNode;
  title: string;
  kind: Segment['kind'];
  children: FinalNode[];
}

const TASK_WORD_RE = /任务|举措|措施/;
const PROJECT_TABLE_RE = /名称|项目/;

/** A task table names the work (任务, 举措 …) or agencies (a column of the grammar: 牵头单位, 行使主体 …). */
function tableKind(table: RawNode): 'measure' | 'project' | null {
  const header = table.cells.map((c) => c.text).join(' ');
  if (TASK_WORD_RE.test(header) || table.cells.some((c) => isAgencyColumn(c.text))) return 'measure';
  if (PROJECT_TABLE_RE.test(header)) return 'project';
  return null;
}

interface Ctx {
  text: string;
  depth: number;
  background: boolean;
}

function childrenOf(n: RawNode, ctx: Ctx): { children: FinalNode[]; taskStructure: boolean } {
  // tables that are neither task nor project tables (indicators, layouts) stay text of their parent
  const kept = n.children.filter((c) => c.role !== 'table' || (!ctx.background && tableKind(c) !== null));
  const children: FinalNode[] = [];
  let taskStructure = false;
  if (n.role === 'table') return { children, taskStructure };
  const inner: Ctx = { ...ctx, depth: ctx.depth + 1 };
  for (const c of kept) {
    const isHeading = c.role === 'heading';
    if (isHeading && ctx.depth >= 2 && isTargetTitle(bareHeading(c))) {
      taskStructure = true;
      continue;
    }
    if (isHeading && ctx.depth >= 2 && isTransparentTitle(bareHeading(c))) {
      taskStructure = true;
      for (const g of c.children) children.push(...build(g, inner));
      continue;
    }
    children.push(...build(c, inner));
  }
  return { children, taskStructure };
}

function groupChildren(n: RawNode, ctx: Ctx, table: RawNode | null): { children: FinalNode[]; taskStructure: boolean } {
  const inner: Ctx = { ...ctx, depth: ctx.depth + 1 };
  const column = rowTextColumn(n.cells);
  const children = n.children.flatMap((r) => build(r, inner, table));
  for (const c of children) {
    const own = c.raw.cells[column]?.text ?? '';
    if (own !== '') c.title = cellTitle(own);
  }
  return { children, taskStructure: true };
}

function kindOf(
  n: RawNode,
  children: FinalNode[],
  taskStructure: boolean,
  ctx: Ctx,
  parentTable: RawNode | null,
): Segment['kind'] {
  if (ctx.background) return 'background';
  switch (n.role) {
    case 'table':
      return 'section';
    case 'row':
      return (parentTable && tableKind(parentTable)) ?? 'measure';
    case 'group':
      return 'task';
    case 'label':
      return children.some((c) => c.kind === 'project') ? 'section' : 'measure';
    case 'project':
      return 'project';
    case 'enum':
      return 'measure';
    default: {
      if (n.role === 'heading' && n.styleKey === 'article') return 'article';
      const structured = children.some((c) => c.raw.role !== 'enum');
      if (ctx.depth === 1) return structured || children.length > 0 ? 'section' : 'measure';
      return taskStructure || structured ? 'task' : 'measure';
    }
  }
}

function enumChildren(n: RawNode, ctx: Ctx): FinalNode[] {
  const items = findEnumerations(ctx.text, n.start, n.end);
  return items.map((it) => {
    const raw: RawNode = {
      ...n,
      role: 'enum',
      styleKey: 'enum',
      marker: null,
      number: it.number,
      start: it.start,
      end: it.end,
      headEnd: it.end,
      children: [],
      cells: [],
    };
    return { raw, title: titleOf(raw, ctx.text), kind: 'measure', children: [] };
  });
}

/** A heading line that is only a title ("（一）指导思想"), not a numbered paragraph with body text. */
function isHeadingOnly(n: RawNode, title: string): boolean {
  if (n.role !== 'heading' && n.role !== 'md-heading') return false;
  return bareHeading(n).replace(/[。.:：\s]+$/, '') === title.replace(/\*\*/g, '');
}

function build(n: RawNode, ctx: Ctx, parentTable: RawNode | null = null): FinalNode[] {
  const title = titleOf(n, ctx.text);
  // an article is a measure of its law wherever it sits (总则 included): never background
  const article = n.role === 'heading' && n.styleKey === 'article';
  const background = !article && (ctx.background || (isHeadingOnly(n, title) && isBackgroundTitle(title)));
  const here: Ctx = { ...ctx, background };
  const { children, taskStructure } = n.role === 'group' ? groupChildren(n, here, parentTable) : childrenOf(n, here);
  if (n.role === 'table') {
    // rows need their table to know their kind
    if (!background && tableKind(n) !== null)
      for (const r of groupRepeatedTasks(n)) children.push(...build(r, { ...here, depth: ctx.depth + 1 }, n));
  }
  if (children.length === 0 && !background && n.role !== 'table') children.push(...enumChildren(n, here));
  return [{ raw: n, title, kind: kindOf(n, children, taskStructure, here, parentTable), children }];
}

function rowCells(n: FinalNode, header: RawNode['cells']): Segment['cells'] {
  if (n.raw.role !== 'row') return undefined;
  return n.raw.cells.map((c, i) => ({ column: header[i]?.text ?? '', text: c.text, start: c.start, end: c.end }));
}

function flatten(
  nodes: FinalNode[],
  docId: string,
  text: string,
  parent: Segment | null,
  out: Segment[],
  header: RawNode['cells'] = [],
): void {
  nodes.forEach((n, i) => {
    const path = parent ? `${parent.path}.${i + 1}` : `${i + 1}`;
    const seg: Segment = {
      id: makeId.measure(docId, path),
      path,
      number: n.raw.number,
      title: n.title,
      text: text.slice(n.raw.start, n.raw.end),
      start: n.raw.start,
      end: n.raw.end,
      depth: parent ? parent.depth + 1 : 1,
      kind: n.kind,
      parentId: parent ? parent.id : null,
      section: parent ? parent.section : n.title,
      style: n.raw.role === 'heading' ? n.raw.styleKey : n.raw.role === 'md-heading' ? n.raw.styleKey : n.raw.role,
    };
    const cells = rowCells(n, header);
    if (cells) seg.cells = cells;
    out.push(seg);
    flatten(n.children, docId, text, seg, out, n.raw.role === 'table' || n.raw.role === 'group' ? n.raw.cells : []);
  });
}

/** The measure hierarchy of a normalised plan text, in document order. */
export function segment(text: string, docId: string): Segment[] {
  const roots = buildRawTree(text, splitInline(splitLines(text)));
  const ctx: Ctx = { text, depth: 1, background: false };
  const finals = roots.flatMap((r) => build(r, ctx));
  const out: Segment[] = [];
  flatten(finals, docId, text, null, out);
  return out;
}
