// Cases for the instrument, agency-network, policy, measure and plan queries (see cases.ts).
import { expect } from 'vitest';
import type { Case } from './cases.ts';
import {
  bfs,
  citingPlans,
  cmp,
  ids,
  instrumentsByZone,
  keywordMeasures,
  measuresIn,
  titleContains,
  zoneByName,
} from './expected.ts';

export const expectedCases2: Case[] = [
  {
    name: 'instruments-by-zone',
    check: (r, snap) => {
      const expected = instrumentsByZone(snap);
      expect(Object.fromEntries(r.rows.map((row) => [row['zoneId'], row['instruments']]))).toEqual(
        Object.fromEntries([...expected].map(([z, s]) => [z, s.size])),
      );
      for (const row of r.rows) {
        const titles = (row['adopts'] as string[]).map((t) => t.replace(/ \(\d+\)$/, '')).sort();
        const want = [...(expected.get(String(row['zoneId'])) ?? [])]
          .map((p) => String(snap.nodes.get(p)?.props['title']))
          .sort();
        expect(titles).toEqual(want);
      }
    },
  },
  {
    name: 'shared-instruments',
    check: (r, snap) => {
      const zonesOf = new Map<string, Set<string>>();
      for (const [z, instruments] of instrumentsByZone(snap))
        for (const p of instruments) zonesOf.set(p, (zonesOf.get(p) ?? new Set()).add(z));
      const expected = [...zonesOf].filter(([, zs]) => zs.size >= 2);
      expect(expected.length).toBeGreaterThan(0);
      expect(Object.fromEntries(r.rows.map((row) => [row['instrumentId'], row['zoneCount']]))).toEqual(
        Object.fromEntries(expected.map(([p, zs]) => [p, zs.size])),
      );
    },
  },
  {
    name: 'co-assigned-agencies',
    check: (r, snap) => {
      const counts = new Map<string, number>();
      for (const m of snap.byLabel('Measure')) {
        const agencies = [...new Set([...snap.in('LEADS', m.id), ...snap.in('SUPPORTS', m.id)])].sort();
        for (let i = 0; i < agencies.length; i++) {
          for (let j = i + 1; j < agencies.length; j++)
            counts.set(`${agencies[i]}|${agencies[j]}`, (counts.get(`${agencies[i]}|${agencies[j]}`) ?? 0) + 1);
        }
      }
      const rows = [...counts]
        .filter(([, n]) => n >= 3)
        .map(([k, n]) => ({ a: k.split('|')[0], b: k.split('|')[1], n }))
        .sort((x, y) => y.n - x.n || cmp(snap.name(x.a), snap.name(y.a)) || cmp(snap.name(x.b), snap.name(y.b)))
        .slice(0, 50);
      expect(r.rows.map((row) => [row['agency1Id'], row['agency2Id'], row['measures']])).toEqual(
        rows.map((x) => [x.a, x.b, x.n]),
      );
    },
  },
  {
    name: 'measures-without-lead',
    check: (r, snap) => {
      const led = new Set(snap.rels.filter((x) => x.type === 'LEADS').map((x) => x.end));
      const withLedBelow = new Set([...led].flatMap((m) => snap.measureAncestors(m)));
      const expected = snap
        .byLabel('Measure')
        .filter((m) => ['task', 'measure', 'article'].includes(String(m.props['kind'])))
        .filter(
          (m) => !led.has(m.id) && !withLedBelow.has(m.id) && !snap.measureAncestors(m.id).some((a) => led.has(a)),
        )
        .map((m) => m.id);
      expect(ids(r, 'measureId')).toEqual(expected.sort());
    },
  },
  {
    name: 'citation-network',
    check: (r, snap) => {
      const cites = snap.rels.filter((x) => x.type === 'CITES');
      expect(r.rows.length).toBe(cites.length);
      expect(r.graph.relationships.filter((x) => x.type === 'CITES').length).toBe(cites.length);
      const issued = snap.rels.filter((x) => x.type === 'ISSUED_BY' && cites.some((c) => c.end === x.start));
      expect(r.graph.relationships.filter((x) => x.type === 'ISSUED_BY').length).toBe(issued.length);
    },
  },
  {
    name: 'plans-implementing',
    check: (r, snap) => {
      const expected = citingPlans(snap, titleContains('中国（河南）自由贸易试验区总体方案'));
      expect(expected.length).toBeGreaterThan(1);
      expect(r.rows.map((row) => `${String(row['planId'])}|${String(row['citedId'])}`).sort()).toEqual(expected);
    },
  },
  {
    name: 'plans-implementing',
    label: 'by document number',
    params: { policy: '国发〔2017〕17号' },
    check: (r, snap) => {
      const expected = citingPlans(snap, (p) => p['docNumber'] === '国发〔2017〕17号');
      expect(expected.length).toBeGreaterThan(0);
      expect(r.rows.map((row) => `${String(row['planId'])}|${String(row['citedId'])}`).sort()).toEqual(expected);
    },
  },
  {
    name: 'plans-implementing',
    label: 'half-width brackets',
    params: { policy: '中国(河南)自由贸易试验区总体方案' },
    check: (r, snap) => {
      expect(r.rows.map((row) => `${String(row['planId'])}|${String(row['citedId'])}`).sort()).toEqual(
        citingPlans(snap, titleContains('中国（河南）自由贸易试验区总体方案')),
      );
    },
  },
  {
    name: 'measure-context',
    check: (r, snap) => {
      expect(r.rows.length).toBe(1);
      const row = r.rows[0];
      const id = String((row['node'] as { id: string }).id);
      const roles = ['LEADS', 'SUPPORTS', 'INVOLVED_IN'].flatMap((t) =>
        snap.in(t, id).map((a) => `${t}: ${snap.name(a)}`),
      );
      expect([...(row['agencies'] as string[])].sort()).toEqual([...new Set(roles)].sort());
      expect(roles.some((x) => x.startsWith('LEADS: '))).toBe(true);
      expect([...(row['zones'] as string[])].sort()).toEqual(
        snap
          .measureZones(id)
          .map((z) => snap.name(z))
          .sort(),
      );
      const within = snap
        .measureAncestors(id)
        .reverse()
        .map((m) => `${String(snap.nodes.get(m)?.props['number'])}${String(snap.nodes.get(m)?.props['title'])}`);
      expect(row['within']).toEqual(within);
      const measure = snap.nodes.get(id);
      const doc = snap.nodes.get(String(measure?.props['docId']));
      for (const e of row['evidence'] as string[]) expect(String(doc?.props['text'])).toContain(e);
      // the whole measure as the plan writes it (sub-measures included), not only its own text
      const [start, end] = [Number(measure?.props['start']), Number(measure?.props['end'])];
      expect(row['text']).toBe(String(doc?.props['text']).slice(start, end));
      expect(String(row['text'])).toContain(String(measure?.props['text']).split('\n')[0]);
      expect(r.graph.nodes.map((n) => n.id)).toContain(id);
    },
  },
  {
    name: 'shortest-connection',
    check: (r, snap) => {
      const from = snap.byLabel('Agency').find((a) => a.props['name'] === '岳阳海关')?.id ?? '';
      const to = zoneByName(snap, '金水区块');
      const hops = bfs(snap, from, to);
      expect(hops).toBeGreaterThan(0);
      expect(r.rows[0]['hops']).toBe(hops);
      const via = r.rows[0]['via'] as string[];
      expect(via[0]).toContain('岳阳海关');
      expect(via[via.length - 1]).toContain('金水区块');
      expect(r.graph.relationships.length).toBe(hops);
    },
  },
  {
    name: 'keyword-measures',
    check: (r, snap) => {
      const expected = keywordMeasures(snap, '跨境电商');
      expect(expected.length).toBeGreaterThan(5);
      expect(ids(r, 'measureId')).toEqual(expected.slice(0, 100));
    },
  },
  {
    name: 'keyword-measures',
    label: 'traditional input 跨境電商',
    params: { keyword: '跨境電商' },
    check: (r, snap) => {
      expect(ids(r, 'measureId')).toEqual(keywordMeasures(snap, '跨境电商'));
    },
  },
  {
    name: 'keyword-measures',
    label: 'Lucene syntax in the input is inert',
    params: { keyword: '跨境电商) OR *:*' },
    check: (r, snap) => {
      // no error, and not "every measure" (*:*): only measures that contain the phrase
      const phrase = keywordMeasures(snap, '跨境电商');
      for (const id of ids(r, 'measureId')) expect(phrase).toContain(id);
    },
  },
  {
    name: 'agency-workload',
    check: (r, snap) => {
      const rows = snap
        .byLabel('Agency')
        .map((a) => ({
          id: a.id,
          name: snap.name(a.id),
          leads: snap.out('LEADS', a.id).length,
          supports: snap.out('SUPPORTS', a.id).length,
          involved: snap.out('INVOLVED_IN', a.id).length,
        }))
        .filter((a) => a.leads + a.supports + a.involved > 0)
        .sort((x, y) => y.leads - x.leads || y.supports - x.supports || cmp(x.name, y.name))
        .slice(0, 30);
      expect(r.rows.map((row) => [row['agencyId'], row['leads'], row['supports'], row['involved']])).toEqual(
        rows.map((a) => [a.id, a.leads, a.supports, a.involved]),
      );
    },
  },
  {
    name: 'agency-workload',
    label: 'one jurisdiction',
    params: { jurisdiction: '岳陽市', limit: 500 },
    check: (r, snap) => {
      const expected = snap
        .byLabel('Agency')
        .filter((a) => a.props['jurisdiction'] === '岳阳市')
        .filter((a) => ['LEADS', 'SUPPORTS', 'INVOLVED_IN'].some((t) => snap.out(t, a.id).length > 0));
      expect(ids(r, 'agencyId')).toEqual(expected.map((a) => a.id).sort());
    },
  },
  {
    name: 'zone-lead-agencies',
    check: (r, snap) => {
      const measures = measuresIn(snap, snap.zoneAndBelow(zoneByName(snap, '岳阳片区')));
      const counts: Record<string, number> = {};
      for (const m of measures) for (const a of snap.in('LEADS', m)) counts[a] = (counts[a] ?? 0) + 1;
      expect(Object.fromEntries(r.rows.map((row) => [row['agencyId'], row['measures']]))).toEqual(counts);
      const total = Object.values(counts).reduce((s, n) => s + n, 0);
      for (const row of r.rows) expect(row['percent']).toBeCloseTo((100 * Number(row['measures'])) / total, 1);
    },
  },
  {
    name: 'zone-measures',
    check: (r, snap) => {
      expect(ids(r, 'measureId')).toEqual(measuresIn(snap, snap.zoneAndBelow(zoneByName(snap, '郑州片区'))).sort());
    },
  },
  {
    name: 'zone-measures',
    label: 'a sub-zone, and its dependent picker',
    params: { area: '郑州片区', subzone: '金水区块' },
    check: async (r, snap, service) => {
      const jinshui = zoneByName(snap, '金水区块');
      expect(ids(r, 'measureId')).toEqual(measuresIn(snap, snap.zoneAndBelow(jinshui)).sort());
      const options = await service.lookup('zone-measures', 'subzone', { area: '郑州片区' });
      const below = [...snap.zoneAndBelow(zoneByName(snap, '郑州片区'))].filter(
        (z) => z !== zoneByName(snap, '郑州片区'),
      );
      expect(options.options.map((o) => o.value).sort()).toEqual(below.map((z) => snap.name(z)).sort());
    },
  },
  {
    name: 'plan-summary',
    check: (r, snap) => {
      expect(ids(r, 'planId')).toEqual(
        snap
          .byLabel('Document')
          .map((d) => d.id)
          .sort(),
      );
      for (const row of r.rows) {
        const docId = String(row['planId']);
        const ms = snap.byLabel('Measure').filter((m) => m.props['docId'] === docId);
        const agencies = new Set(
          ms.flatMap((m) => ['LEADS', 'SUPPORTS', 'INVOLVED_IN'].flatMap((t) => snap.in(t, m.id))),
        );
        expect([
          row['measures'],
          row['withLead'],
          row['withDeadline'],
          row['agencies'],
          row['industries'],
          row['citesInPreamble'],
        ]).toEqual([
          ms.length,
          ms.filter((m) => snap.in('LEADS', m.id).length > 0).length,
          ms.filter((m) => m.props['dueDate'] != null).length,
          agencies.size,
          new Set(ms.flatMap((m) => snap.out('TARGETS', m.id))).size,
          snap.out('CITES', docId).length,
        ]);
      }
    },
  },
];
