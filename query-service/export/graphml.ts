// GraphML export (Gephi, yEd, graphology-graphml's parser). graphology-graphml ships only a parser, so
// the document is written here: one <key> per property name and element kind with a type inferred
// from the values (long, double, boolean, else string; lists as JSON text), `labels` and `label`
// (the display name) on nodes, `type` on edges.
import type { ApiGraph, JsonValue } from '../../core/api-types.ts';
import { displayName } from '../../core/display.ts';
import { escapeXml } from './xml.ts';

type AttrType = 'long' | 'double' | 'boolean' | 'string';
interface Key {
  id: string;
  name: string;
  type: AttrType;
}

export function toGraphml(graph: ApiGraph): string {
  const nodeRows = graph.nodes.map((n) => ({
    id: n.id,
    data: { labels: n.labels.join(','), label: displayName(n), ...n.properties } as Record<string, JsonValue>,
  }));
  const edgeRows = graph.relationships.map((r) => ({
    id: r.id,
    source: r.start,
    target: r.end,
    data: { type: r.type, ...r.properties } as Record<string, JsonValue>,
  }));
  const nodeKeys = keysOf(
    'n',
    nodeRows.map((r) => r.data),
  );
  const edgeKeys = keysOf(
    'e',
    edgeRows.map((r) => r.data),
  );
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const k of nodeKeys.values()) out.push(keyLine(k, 'node'));
  for (const k of edgeKeys.values()) out.push(keyLine(k, 'edge'));
  out.push('  <graph id="ftz-atlas" edgedefault="directed">');
  for (const n of nodeRows) out.push(`    <node id="${escapeXml(n.id)}">${dataOf(n.data, nodeKeys)}</node>`);
  for (const e of edgeRows) {
    const attrs = `id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}"`;
    out.push(`    <edge ${attrs}>${dataOf(e.data, edgeKeys)}</edge>`);
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

function keyLine(k: Key, kind: 'node' | 'edge'): string {
  return `  <key id="${k.id}" for="${kind}" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>`;
}

function keysOf(prefix: string, rows: Record<string, JsonValue>[]): Map<string, Key> {
  const types = new Map<string, AttrType>();
  for (const row of rows) {
    for (const [name, value] of Object.entries(row)) {
      if (value === null) continue;
      types.set(name, widen(types.get(name), typeOf(value)));
    }
  }
  const keys = new Map<string, Key>();
  [...types.entries()].forEach(([name, type], i) => keys.set(name, { id: `${prefix}${i}`, name, type }));
  return keys;
}

function typeOf(value: JsonValue): AttrType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
  return 'string';
}

function widen(previous: AttrType | undefined, next: AttrType): AttrType {
  if (previous === undefined || previous === next) return next;
  if ((previous === 'long' && next === 'double') || (previous === 'double' && next === 'long')) return 'double';
  return 'string';
}

function dataOf(data: Record<string, JsonValue>, keys: Map<string, Key>): string {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(data)) {
    const key = keys.get(name);
    if (!key || value === null) continue;
    const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
    parts.push(`<data key="${key.id}">${escapeXml(text)}</data>`);
  }
  return parts.join('');
}
