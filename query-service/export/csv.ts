// CSV export: nodes.csv and relationships.csv zipped (fflate), UTF-8 with a byte-order mark so that
// Excel shows Chinese. A text cell that starts with = + - @ (or a tab / carriage return) is
// neutralised with a leading apostrophe so spreadsheets do not run it as a formula; plain numbers
// (e.g. -3) stay numbers.
import { strToU8, zipSync } from 'fflate';
import type { ApiGraph, JsonValue } from '../../core/api-types.ts';

const BOM = '\uFEFF';
const NUMBER_RE = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

export function toCsvZip(graph: ApiGraph): Uint8Array {
  const files = csvFiles(graph);
  return zipSync({ 'nodes.csv': strToU8(files.nodes), 'relationships.csv': strToU8(files.relationships) });
}

export function csvFiles(graph: ApiGraph): { nodes: string; relationships: string } {
  // the id column is the node's id: its `id` property is not repeated; a relationship's endpoints are
  // `from`/`to` so that its evidence offsets keep their names `start`/`end`
  const nodeKeys = propertyKeys(graph.nodes.map((n) => n.properties)).filter((k) => k !== 'id' && k !== 'labels');
  const relKeys = propertyKeys(graph.relationships.map((r) => r.properties)).filter(
    (k) => !['id', 'type', 'from', 'to'].includes(k),
  );
  const nodes = [
    ['id', 'labels', ...nodeKeys],
    ...graph.nodes.map((n) => [n.id, n.labels.join(';'), ...nodeKeys.map((k) => n.properties[k] ?? null)]),
  ];
  const rels = [
    ['id', 'type', 'from', 'to', ...relKeys],
    ...graph.relationships.map((r) => [r.id, r.type, r.start, r.end, ...relKeys.map((k) => r.properties[k] ?? null)]),
  ];
  return { nodes: BOM + toCsv(nodes), relationships: BOM + toCsv(rels) };
}

function propertyKeys(props: Record<string, JsonValue>[]): string[] {
  const keys = new Set<string>();
  for (const p of props) for (const k of Object.keys(p)) keys.add(k);
  return [...keys].sort();
}

function toCsv(rows: JsonValue[][]): string {
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** One CSV cell: lists joined with "; ", formula-like text neutralised, quoted when needed. */
export function cell(value: JsonValue): string {
  if (value === null) return '';
  let text: string;
  if (Array.isArray(value)) text = value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join('; ');
  else if (typeof value === 'object') text = JSON.stringify(value);
  else text = String(value);
  if (typeof value !== 'number') text = neutralise(text);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Formula injection guard (OWASP): prefix an apostrophe to text starting with = + - @ tab CR. */
export function neutralise(text: string): string {
  if (NUMBER_RE.test(text)) return text;
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
