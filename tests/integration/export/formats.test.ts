// Every export format, written through the query service (and once through POST /api/export), read
// back with a reader that did not write it: graphology's GraphML and GEXF parsers, JSON.parse,
// Python's zipfile/csv/xml/html modules, and a PNG decoder. A fixture agency with hostile text
// (formula, markup) shows that every format escapes or neutralises it.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFormat, ExportRequest } from '../../../core/api-types.ts';
import type { ExportFile } from '../../../query-service/export/index.ts';
import { buildServer } from '../../../web/server/server.ts';
import { createQueryService } from '../../../query-service/service.ts';
import type { QueryService } from '../../../query-service/service.ts';
import { seededDriver } from '../queries/seeded.ts';
import { READ_CSV_ZIP, READ_GEXF_NETWORKX, READ_HTML, READ_SVG, decodePng, inkIn, python } from './readers.ts';

const HOSTILE = {
  id: 'agency:<script>alert(1)</script>',
  name: '=HYPERLINK("http://evil.example")',
  shortName: '<b>bold</b> & "quoted"',
  alias: '@SUM(A1)',
};
const MEASURE_TITLE = '对跨境电子商务实行清单核放';
const SOURCE: ExportRequest['source'] = { kind: 'nodes', ids: ['agency:岳阳海关', HOSTILE.id], depth: 1 };

let driver: Driver;
let service: QueryService;
let dir: string;
const files = new Map<ExportFormat, ExportFile>();

async function write(cypher: string, params: Record<string, unknown>): Promise<void> {
  const session = driver.session();
  try {
    await session.run(cypher, params);
  } finally {
    await session.close();
  }
}

beforeAll(async () => {
  driver = await seededDriver();
  service = createQueryService({ driver });
  dir = await mkdtemp(path.join(tmpdir(), 'ftz-export-'));
  await write(
    `MATCH (m:Measure) WHERE m.title STARTS WITH $measure WITH m LIMIT 1
     CREATE (a:Agency {id: $id, name: $name, shortName: $short, aliases: [$alias], level: 'municipal', kind: 'government'})
     CREATE (a)-[:SUPPORTS {evidence: $evidence, docId: m.docId, start: 0, end: 1, method: 'label'}]->(m)`,
    {
      measure: MEASURE_TITLE,
      id: HOSTILE.id,
      name: HOSTILE.name,
      short: HOSTILE.shortName,
      alias: HOSTILE.alias,
      evidence: '"><img src=x onerror=alert(1)>',
    },
  );
  for (const format of ['graphml', 'gexf', 'json', 'csv', 'cypher', 'svg', 'png', 'html'] as ExportFormat[]) {
    files.set(format, await service.export({ source: SOURCE, format }));
  }
});
afterAll(async () => {
  await write('MATCH (a:Agency {id: $id}) DETACH DELETE a', { id: HOSTILE.id });
  await driver.close();
  await rm(dir, { recursive: true, force: true });
});

function text(format: ExportFormat): string {
  const body = files.get(format)?.body;
  return typeof body === 'string' ? body : Buffer.from(body ?? new Uint8Array()).toString('utf8');
}

async function saved(format: ExportFormat): Promise<string> {
  const file = path.join(dir, `export.${format}`);
  await writeFile(file, files.get(format)?.body ?? '');
  return file;
}

/** The reference subgraph: the JSON export, checked first against plain Cypher. */
function fragment(): {
  nodes: { id: string; labels: string[]; properties: Record<string, unknown> }[];
  relationships: { type: string; start: string; end: string }[];
} {
  return JSON.parse(text('json')) as ReturnType<typeof fragment>;
}

describe('exports read back independently', () => {
  it('JSON is the fragment shape with the neighbourhood of the chosen nodes', async () => {
    const f = fragment();
    const session = driver.session();
    try {
      const res = await session.run(
        'MATCH (n) WHERE n.id IN $ids OPTIONAL MATCH (n)--(m) WITH collect(DISTINCT n.id) + collect(DISTINCT m.id) AS ids UNWIND ids AS id RETURN collect(DISTINCT id) AS ids',
        { ids: (SOURCE as { ids: string[] }).ids },
      );
      expect(f.nodes.map((n) => n.id).sort()).toEqual((res.records[0].get('ids') as string[]).sort());
    } finally {
      await session.close();
    }
    expect(f.relationships.length).toBe(files.get('json')?.relationships);
    const ids = new Set(f.nodes.map((n) => n.id));
    for (const r of f.relationships) expect(ids.has(r.start) && ids.has(r.end)).toBe(true);
    expect(f.nodes.find((n) => n.id === HOSTILE.id)?.properties['name']).toBe(HOSTILE.name);
  });

  it('GraphML parses with graphology-graphml into the same nodes and relationships', () => {
    const g = parseGraphml(MultiDirectedGraph, text('graphml'));
    const f = fragment();
    expect(g.order).toBe(f.nodes.length);
    expect(g.size).toBe(f.relationships.length);
    expect(g.getNodeAttribute('agency:岳阳海关', 'name')).toBe('岳阳海关');
    expect(g.getNodeAttribute(HOSTILE.id, 'name')).toBe(HOSTILE.name);
    expect(g.getNodeAttribute(HOSTILE.id, 'labels')).toBe('Agency');
    const types = g.mapEdges((_e, attrs) => attrs['type'] as string).sort();
    expect(types).toEqual(f.relationships.map((r) => r.type).sort());
  });

  it('GEXF parses with graphology-gexf, with positions and colours', () => {
    const g = parseGexf(MultiDirectedGraph, text('gexf'));
    const f = fragment();
    expect(g.order).toBe(f.nodes.length);
    expect(g.size).toBe(f.relationships.length);
    expect(g.getNodeAttribute('agency:岳阳海关', 'label')).toBe('岳阳海关');
    expect(g.getNodeAttribute(HOSTILE.id, 'shortName')).toBe(HOSTILE.shortName);
    expect(typeof g.getNodeAttribute('agency:岳阳海关', 'x')).toBe('number');
    expect(g.getNodeAttribute('agency:岳阳海关', 'color')).toMatch(/^(#|rgb)/);
    // every colour carries r/g/b beside its hex
    const colours = text('gexf').match(/<viz:color [^>]*>/g) ?? [];
    expect(colours.length).toBeGreaterThan(0);
    for (const c of colours) expect(c).toMatch(/r="\d+" g="\d+" b="\d+".*hex="#/);
  });

  it('GEXF reads in networkx (read_gexf) with the colours as r/g/b', async () => {
    const g = await python<{ nodes: number; edges: number; color: Record<string, number> }>(
      READ_GEXF_NETWORKX,
      await saved('gexf'),
    );
    const f = fragment();
    expect(g.nodes).toBe(f.nodes.length);
    expect(g.edges).toBe(f.relationships.length);
    expect(Object.keys(g.color).sort()).toEqual(expect.arrayContaining(['b', 'g', 'r']));
  });

  it('CSV: a zip of nodes.csv and relationships.csv with a BOM, formula cells neutralised', async () => {
    const zip = await python<Record<string, { bom: boolean; rows: string[][] }> & { names: string[] }>(
      READ_CSV_ZIP,
      await saved('csv'),
    );
    expect(zip.names).toEqual(['nodes.csv', 'relationships.csv']);
    const nodes = zip['nodes.csv'];
    const rels = zip['relationships.csv'];
    expect(nodes.bom && rels.bom).toBe(true);
    expect(nodes.rows.length - 1).toBe(fragment().nodes.length);
    expect(rels.rows.length - 1).toBe(fragment().relationships.length);
    const header = nodes.rows[0];
    expect(new Set(header).size).toBe(header.length);
    expect(new Set(rels.rows[0]).size).toBe(rels.rows[0].length);
    expect(rels.rows[0].slice(0, 4)).toEqual(['id', 'type', 'from', 'to']);
    const hostile = nodes.rows.find((r) => r[0] === HOSTILE.id) as string[];
    expect(hostile[header.indexOf('name')]).toBe(`'${HOSTILE.name}`);
    expect(hostile[header.indexOf('aliases')]).toBe(`'${HOSTILE.alias}`);
    expect(nodes.rows.some((r) => r[header.indexOf('name')] === '岳阳海关')).toBe(true);
    for (const row of [...nodes.rows, ...rels.rows]) for (const cell of row) expect(cell).not.toMatch(/^[=+@]/);
  });

  it('SVG is well-formed XML with one circle per node, one line per relationship, Chinese labels escaped', async () => {
    const svg = await python<{ circles: number; lines: number; labels: string[]; title: string }>(
      READ_SVG,
      await saved('svg'),
    );
    expect(svg.circles).toBe(fragment().nodes.length);
    expect(svg.lines).toBe(fragment().relationships.length);
    expect(svg.labels).toContain('岳阳海关');
    expect(svg.title).toContain('岳阳海关');
    expect(text('svg')).not.toContain('<script>');
    expect(text('svg')).not.toContain('<b>');
  });

  it('PNG decodes at 2× the SVG size with ink where the Chinese title is drawn', async () => {
    const png = decodePng(files.get('png')?.body as Uint8Array);
    const svg = await python<{ width: string; height: string }>(READ_SVG, await saved('svg'));
    expect(png.width).toBe(2 * Number(svg.width));
    expect(png.height).toBe(2 * Number(svg.height));
    // the title sits at x 30, baseline y 32 (×2): glyphs there mean the CJK font was found
    expect(inkIn(png, 60, 20, 400, 80)).toBeGreaterThan(200);
  });

  it('HTML briefing: self-contained, a row per measure with lead, supporters and evidence, all text escaped', async () => {
    const html = await python<{ tags: Record<string, number>; rows: string[][]; external: string[]; text: string }>(
      READ_HTML,
      await saved('html'),
    );
    expect(html.external).toEqual([]);
    expect(html.tags['script']).toBeUndefined();
    expect(html.tags['img']).toBeUndefined();
    expect(html.tags['b']).toBeUndefined();
    const measures = fragment().nodes.filter((n) => n.labels.includes('Measure'));
    const measureRows = html.rows.filter((r) => r.length === 7); // the sources table has 5 columns
    expect(measureRows.length).toBe(measures.length);
    expect(html.rows.filter((r) => r.length === 5).length).toBeGreaterThan(0);
    expect(html.text).toMatch(/摘要[\s\S]*牵头单位：岳阳海关（\d+ 项）/);
    expect(html.text).not.toMatch(/\bLEADS\b|\bPART_OF\b/);
    const row = measureRows.find((r) => r[1].startsWith(MEASURE_TITLE)) as string[];
    expect(row[2]).toBe('岳阳海关');
    expect(row[3]).toContain(HOSTILE.name);
    expect(row[5]).toContain('2021');
    expect(row[6]).toContain('来源方案');
    expect(text('html')).toContain('=HYPERLINK(&quot;http://evil.example&quot;)');
    expect(text('html')).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('picture options: scale, English labels, and a background that cannot inject markup', async () => {
    const png = await service.export({ source: SOURCE, format: 'png', options: { scale: 1 } });
    const svgEn = await service.export({
      source: SOURCE,
      format: 'svg',
      options: { lang: 'en', background: 'red"/><script>alert(1)</script>' },
    });
    const svgText = svgEn.body as string;
    expect(decodePng(png.body as Uint8Array).width).toBe(Number(/width="(\d+)"/.exec(svgText)?.[1]));
    expect(svgText).toContain('岳阳海关 · Yueyang Customs');
    expect(svgText).toContain('fill="#ffffff"');
    expect(svgText).not.toContain('<script>');
  });

  it('a table-shaped saved query exports the nodes it names by id, with their relationships', async () => {
    const result = await service.runSaved('lead-bureaus-by-industry', {});
    const named = new Set(result.rows.flatMap((r) => [String(r['agencyId']), ...(r['measureIds'] as string[])]));
    const file = await service.export({ source: { kind: 'saved', name: 'lead-bureaus-by-industry' }, format: 'json' });
    const f = JSON.parse(file.body as string) as ReturnType<typeof fragment>;
    expect(new Set(f.nodes.map((n) => n.id))).toEqual(named);
    const leads = f.relationships.filter((r) => r.type === 'LEADS');
    const expected = result.rows.reduce((sum, r) => sum + Number(r['measures']), 0);
    expect(new Set(leads.map((r) => `${r.start}|${r.end}`)).size).toBe(expected);
  });

  it('POST /api/export sends the file with a UTF-8 file name', async () => {
    const app = await buildServer({ driver });
    try {
      const res = await app.inject({
        method: 'POST',
        url: '/api/export',
        payload: { source: { kind: 'saved', name: 'shortest-connection' }, format: 'graphml' },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toContain('application/graphml+xml');
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="ftz-shortest-connection.graphml"; filename*=UTF-8''ftz-shortest-connection.graphml`,
      );
      const g = parseGraphml(MultiDirectedGraph, res.body);
      expect(g.hasNode('agency:岳阳海关')).toBe(true);
      const bad = await app.inject({
        method: 'POST',
        url: '/api/export',
        payload: { source: { kind: 'cypher', cypher: 'MATCH (n) DETACH DELETE n' }, format: 'json' },
      });
      expect(bad.statusCode).toBe(403);
      const badFormat = await app.inject({
        method: 'POST',
        url: '/api/export',
        payload: { source: SOURCE, format: 'pdf' },
      });
      expect(badFormat.statusCode).toBe(400);
    } finally {
      await app.close();
    }
  });
});
