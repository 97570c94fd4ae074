// Cypher-script export: statements that recreate the subgraph in an empty database (cypher-shell or
// the Neo4j Browser; one statement per `;`). This file is the one place values are written into
// Cypher text: it is an export file, not a query we run; every value goes through `literal`, which
// escapes strings as Cypher string literals, and every name through `name` (backticks).
import type { ApiGraph, ApiNode, JsonValue } from '../../core/api-types.ts';

const CHUNK = 200;

export function toCypherScript(graph: ApiGraph, opts: { title: string }): string {
  const out: string[] = [
    `// ${oneLine(opts.title)} — FTZ Atlas export: ${graph.nodes.length} nodes, ${graph.relationships.length} relationships.`,
    '// Run into an empty database, e.g. cypher-shell -f this-file.cypher',
    '',
  ];
  const byId = new Map<string, ApiNode>(graph.nodes.map((n) => [n.id, n]));
  for (const [labels, nodes] of groupBy(graph.nodes, (n) => labelText(n.labels))) {
    for (const part of chunks(nodes)) {
      const rows = part.map((n) => literal({ ...n.properties, id: n.id }));
      out.push(`UNWIND [\n  ${rows.join(',\n  ')}\n] AS props\nCREATE (n${labels}) SET n = props;`, '');
    }
  }
  const key = (r: ApiGraph['relationships'][number]): string =>
    [r.type, matchLabel(byId.get(r.start)), matchLabel(byId.get(r.end))].join('\u0000');
  for (const [, rels] of groupBy(graph.relationships, key)) {
    const first = rels[0];
    const startLabel = matchLabel(byId.get(first.start));
    const endLabel = matchLabel(byId.get(first.end));
    for (const part of chunks(rels)) {
      const rows = part.map((r) => literal({ s: r.start, e: r.end, p: r.properties }));
      out.push(
        `UNWIND [\n  ${rows.join(',\n  ')}\n] AS row\nMATCH (a${startLabel} {id: row.s})\nMATCH (b${endLabel} {id: row.e})\nCREATE (a)-[r:${name(first.type)}]->(b) SET r = row.p;`,
        '',
      );
    }
  }
  return out.join('\n');
}

function labelText(labels: readonly string[]): string {
  return labels.map((l) => `:${name(l)}`).join('');
}

/** One label to match an endpoint by (its first), so the id lookup can use an index. */
function matchLabel(node: ApiNode | undefined): string {
  const label = node?.labels[0];
  return label ? `:${name(label)}` : '';
}

/** A label, type or key as a backtick-quoted name (backticks doubled). */
export function name(text: string): string {
  return `\`${text.replace(/`/g, '``')}\``;
}

/** A value as a Cypher literal. Strings are single-quoted with \\, ', control characters and
 *  line separators escaped; maps become {`key`: value}; null stays null. */
export function literal(value: JsonValue): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return numberLiteral(value);
  if (typeof value === 'string') return stringLiteral(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  return `{${Object.entries(value)
    .map(([k, v]) => `${name(k)}: ${literal(v)}`)
    .join(', ')}}`;
}

function numberLiteral(n: number): string {
  if (!Number.isFinite(n)) return 'null';
  if (Number.isInteger(n)) return Number.isSafeInteger(n) ? String(n) : n.toExponential();
  return String(n).replace('e+', 'e');
}

export function stringLiteral(text: string): string {
  let out = "'";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x2028 || code === 0x2029 || code === 0x7f)
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}'`;
}

function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ');
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}
