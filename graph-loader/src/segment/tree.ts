// Builds the raw hierarchy from classified lines. Numbering levels are inferred per document with a
// stack: a style already open makes a sibling, a new style opens the next level below the current one.
// A mistyped marker ("2、" among 一、 二、, "（2）" among （一） （三）) joins the level whose next
// ordinal it carries when its delimiter matches that level's. Labelled paragraphs, project paragraphs
// and tables hang below the current numbered heading.

import { type Cell, type Line, type LineKind, classifyLine } from './lines.ts';
import { columnKind, isAgencyColumn, isHeaderRow } from './columns.ts';
import { joinFlatTables } from './flat-tables.ts';
import { notStructure } from './front.ts';
import type { Marker } from './numbering.ts';

export type RawRole = 'heading' | 'md-heading' | 'label' | 'project' | 'table' | 'row' | 'enum' | 'group';

export interface RawNode {
  role: RawRole;
  styleKey: string; // the level key: marker style, 'md-2', 'label', 'project', 'table', 'row'
  marker: Marker | null;
  ordinal: number;
  number: string;
  start: number; // offset of the heading / first line
  headEnd: number; // end of the heading line
  end: number; // end of the last line of its content (set when closed)
  line: Line;
  cells: Cell[]; // table rows: the cells; tables: the header cells
  label: string; // labelled paragraphs: the label
  children: RawNode[];
}

function node(role: RawRole, styleKey: string, line: Line, extra: Partial<RawNode> = {}): RawNode {
  return {
    role,
    styleKey,
    marker: null,
    ordinal: 0,
    number: '',
    start: line.start,
    headEnd: line.end,
    end: line.end,
    line,
    cells: [],
    label: '',
    children: [],
    ...extra,
  };
}

const TABLE_WORD_RE = /任务|名称/;
const ROW_NUMBER_RE = /^[(（]?[0-9０-９一二三四五六七八九十百]{1,4}[)）.．、]?$/;

/** A row's number: its 序号 cell when the header has a serial column and the cell is a number. */
function rowNumber(header: Cell[], cells: Cell[]): string {
  const at = header.findIndex((c) => columnKind(c.text) === 'serial');
  const cell = at >= 0 ? (cells[at]?.text.trim() ?? '') : '';
  return ROW_NUMBER_RE.test(cell) ? cell : '';
}

const NO_TYPO_SHAPES = new Set<Marker['shape']>(['di', 'decimal', 'serial']);
const PROJECT_LABEL_RE = /项目/;
const PROJECT_PARA_RE = /^(?:\*\*)?([^，,；;。：:*]{2,30}?)。(?:\*\*)?\S/;
const STRUCTURAL_ROLES = new Set<RawRole>(['heading', 'md-heading']);

class Builder {
  readonly roots: RawNode[] = [];
  private stack: RawNode[] = [];
  private seenHeading = false;
  private seenTitle = false;
  constructor(private readonly markdownOnly: boolean) {}
  private table: RawNode | null = null;

  add(line: Line, kind: LineKind): void {
    if (line.blank) return;
    if (kind.kind !== 'row') this.table = null;
    switch (kind.kind) {
      case 'heading':
        this.seenHeading = true;
        this.heading(line, kind.marker);
        return;
      case 'md-heading':
        if (this.seenHeading) this.mdHeading(line, kind.level);
        else if (this.markdownOnly && !(kind.level === 1 && !this.seenTitle)) {
          this.seenHeading = true; // a plan structured by Markdown headings alone
          this.mdHeading(line, kind.level);
        } else {
          this.seenTitle = this.seenTitle || kind.level === 1;
          this.extend(line);
        }
        return;
      case 'label':
        if (this.seenHeading && this.numberedTop()) this.label(line, kind.label);
        else this.extend(line);
        return;
      case 'caption':
        if (this.seenHeading) this.caption(line);
        return;
      case 'row':
        this.row(line, kind.cells);
        return;
      case 'footer':
        if (this.seenHeading) this.closeAll();
        return;
      default:
        this.text(line);
    }
  }

  finish(): RawNode[] {
    this.closeAll();
    return this.roots;
  }

  private numberedTop(): RawNode | null {
    for (let i = this.stack.length - 1; i >= 0; i--) if (STRUCTURAL_ROLES.has(this.stack[i].role)) return this.stack[i];
    return null;
  }

  private heading(line: Line, marker: Marker): void {
    const level = this.levelFor(marker);
    // a mistyped marker takes the style of the level it joins (a label or table there is replaced)
    const there = level < this.stack.length && level >= 0 ? this.stack[level] : null;
    const styleKey = there?.role === 'heading' ? there.styleKey : marker.style;
    this.popTo(level);
    this.push(node('heading', styleKey, line, { marker, ordinal: marker.ordinal, number: marker.number }));
  }

  /** Index in the stack where a node with this marker goes (stack.length = a new, deeper level). */
  private levelFor(marker: Marker): number {
    const same = this.stack.findIndex((n) => n.styleKey === marker.style);
    if (same >= 0 && marker.ordinal === this.stack[same].ordinal + 1) return same;
    // 第X章 and 第X条 differ by their word, never by a typo; decimals and 序号 carry their level
    if (marker.ordinal > 1 && !NO_TYPO_SHAPES.has(marker.shape)) {
      const typo = this.stack.findIndex(
        (n, i) =>
          i !== same &&
          n.marker !== null &&
          n.marker.shape === marker.shape &&
          n.marker.numeral !== marker.numeral &&
          n.ordinal + 1 === marker.ordinal,
      );
      if (typo >= 0) return typo;
    }
    if (same >= 0) return same;
    // below the deepest numbered heading (labels, projects and tables close first)
    const top = this.numberedTop();
    return top ? this.stack.indexOf(top) + 1 : 0;
  }

  private mdHeading(line: Line, level: number): void {
    const key = `md-${level}`;
    const same = this.stack.findIndex((n) => n.styleKey === key);
    const top = this.numberedTop();
    this.popTo(same >= 0 ? same : top ? this.stack.indexOf(top) + 1 : 0);
    this.push(node('md-heading', key, line));
  }

  private label(line: Line, label: string): void {
    const top = this.numberedTop();
    this.popTo(top ? this.stack.indexOf(top) + 1 : 0);
    this.push(node('label', 'label', line, { label }));
  }

  private caption(line: Line): void {
    const top = this.numberedTop();
    this.popTo(top ? this.stack.indexOf(top) + 1 : 0);
    const table = node('table', 'table', line);
    this.push(table);
    this.table = table;
  }

  private row(line: Line, cells: Cell[]): void {
    const known = isHeaderRow(cells.map((c) => c.text));
    const table = this.table ?? (this.seenHeading || known ? this.headerlessTable(line, cells, known) : null);
    if (!table) return this.extend(line);
    this.extend(line);
    if (cells.length === 0) return; // Markdown separator
    if (table.cells.length === 0) {
      table.cells = cells;
      return;
    }
    table.children.push(node('row', 'row', line, { cells, end: line.end, number: rowNumber(table.cells, cells) }));
  }

  /** A task table without a "表 N" caption: its header names the columns. */
  private headerlessTable(line: Line, cells: Cell[], known: boolean): RawNode | null {
    if (!known && !cells.some((c) => isAgencyColumn(c.text) || TABLE_WORD_RE.test(c.text))) return null;
    const top = this.numberedTop();
    this.popTo(top ? this.stack.indexOf(top) + 1 : 0);
    const table = node('table', 'table', line);
    this.push(table);
    this.table = table;
    return table;
  }

  private text(line: Line): void {
    const top = this.stack[this.stack.length - 1];
    if (top && (top.role === 'label' || top.role === 'project')) {
      const label = top.role === 'label' ? top : this.stack[this.stack.length - 2];
      if (label?.role === 'label' && PROJECT_LABEL_RE.test(label.label) && PROJECT_PARA_RE.test(line.raw)) {
        this.popTo(this.stack.indexOf(label) + 1);
        this.push(node('project', 'project', line));
        return;
      }
    }
    this.extend(line);
  }

  private extend(line: Line): void {
    for (const n of this.stack) n.end = Math.max(n.end, line.end);
  }

  private push(n: RawNode): void {
    const parent = this.stack[this.stack.length - 1];
    if (parent) parent.children.push(n);
    else this.roots.push(n);
    this.stack.push(n);
    this.extend(n.line);
  }

  private popTo(level: number): void {
    this.stack.length = Math.max(0, Math.min(level, this.stack.length));
  }

  private closeAll(): void {
    this.stack = [];
    this.table = null;
  }
}

export function buildRawTree(text: string, physical: Line[]): RawNode[] {
  const classified = physical.map(classifyLine);
  const skip = notStructure(physical, classified);
  const { lines, kinds } = joinFlatTables(
    text,
    physical,
    classified.map((k, i): LineKind => (skip.has(i) ? { kind: 'text' } : k)),
  );
  // without any numbered heading, unnumbered Markdown headings are the structure (the first # is the title)
  const b = new Builder(!kinds.some((k) => k.kind === 'heading'));
  lines.forEach((line, i) => b.add(line, kinds[i]));
  return b.finish();
}
