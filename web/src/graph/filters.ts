// Filters apply to the scene without changing it: they decide which nodes and relationships the
// canvas shows (through sigma's reducers).
import type { ApiNode, ApiRelationship } from '../../../core/api-types.ts';
import { mainLabel } from '../../../core/display.ts';
import type { Scene } from './types.ts';

export interface Filters {
  hiddenLabels: string[];
  hiddenTypes: string[];
  zone: string | null; // a Zone id: the zone, its sub-zones and what touches them
  industry: string | null; // an Industry id
  agencyLevels: string[]; // empty = every level
  dueFrom: string | null; // ISO date, inclusive
  dueTo: string | null;
}

export const DEFAULT_FILTERS: Filters = {
  hiddenLabels: [],
  hiddenTypes: [],
  zone: null,
  industry: null,
  agencyLevels: [],
  dueFrom: null,
  dueTo: null,
};

export function isDefaultFilters(filters: Filters): boolean {
  return JSON.stringify(filters) === JSON.stringify(DEFAULT_FILTERS);
}

/** A zone and, transitively, the zones on screen that are PART_OF it. */
export function zoneWithSubZones(scene: Scene, zoneId: string): Set<string> {
  const zones = new Set([zoneId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const rel of scene.rels.values()) {
      if (rel.type === 'PART_OF' && zones.has(rel.end) && !zones.has(rel.start)) {
        const start = scene.nodes.get(rel.start);
        if (start && mainLabel(start) === 'Zone') {
          zones.add(rel.start);
          grew = true;
        }
      }
    }
  }
  return zones;
}

function adjacency(scene: Scene): Map<string, string[]> {
  const adj = new Map<string, string[]>();
  const add = (a: string, b: string) => {
    const list = adj.get(a) ?? [];
    list.push(b);
    adj.set(a, list);
  };
  for (const rel of scene.rels.values()) {
    add(rel.start, rel.end);
    add(rel.end, rel.start);
  }
  return adj;
}

/** Nodes near an anchor set: the anchors, their neighbours, and the neighbours of neighbouring measures
 *  (so a zone filter keeps the zone's measures and the agencies that lead them). */
export function aroundAnchors(scene: Scene, anchors: Set<string>): Set<string> {
  const adj = adjacency(scene);
  const kept = new Set(anchors);
  for (const anchor of anchors) {
    for (const next of adj.get(anchor) ?? []) {
      kept.add(next);
      const node = scene.nodes.get(next);
      if (node && mainLabel(node) === 'Measure') for (const far of adj.get(next) ?? []) kept.add(far);
    }
  }
  return kept;
}

function passesOwnFilters(node: ApiNode, filters: Filters): boolean {
  const label = mainLabel(node);
  if (filters.hiddenLabels.includes(label)) return false;
  if (label === 'Agency' && filters.agencyLevels.length > 0) {
    const level = node.properties.level;
    if (typeof level !== 'string' || !filters.agencyLevels.includes(level)) return false;
  }
  if (label === 'Measure' && (filters.dueFrom || filters.dueTo)) {
    const due = node.properties.dueDate;
    if (typeof due !== 'string') return false;
    if (filters.dueFrom && due < filters.dueFrom) return false;
    if (filters.dueTo && due > filters.dueTo) return false;
  }
  return true;
}

/** The ids of the scene's nodes that pass every filter. */
export function visibleNodeIds(scene: Scene, filters: Filters): Set<string> {
  const zoneKeep = filters.zone ? aroundAnchors(scene, zoneWithSubZones(scene, filters.zone)) : null;
  const industryKeep = filters.industry ? aroundAnchors(scene, new Set([filters.industry])) : null;
  const visible = new Set<string>();
  for (const [id, node] of scene.nodes) {
    if (zoneKeep && !zoneKeep.has(id)) continue;
    if (industryKeep && !industryKeep.has(id)) continue;
    if (passesOwnFilters(node, filters)) visible.add(id);
  }
  return visible;
}

export function isRelVisible(rel: ApiRelationship, visible: ReadonlySet<string>, filters: Filters): boolean {
  return !filters.hiddenTypes.includes(rel.type) && visible.has(rel.start) && visible.has(rel.end);
}

/** Choices for the filter pickers, from what is on screen. */
export function filterChoices(scene: Scene): { zones: ApiNode[]; industries: ApiNode[]; levels: string[] } {
  const zones: ApiNode[] = [];
  const industries: ApiNode[] = [];
  const levels = new Set<string>();
  for (const node of scene.nodes.values()) {
    const label = mainLabel(node);
    if (label === 'Zone') zones.push(node);
    if (label === 'Industry') industries.push(node);
    if (label === 'Agency' && typeof node.properties.level === 'string') levels.add(node.properties.level);
  }
  const byId = (a: ApiNode, b: ApiNode) => a.id.localeCompare(b.id, 'zh');
  return { zones: zones.sort(byId), industries: industries.sort(byId), levels: [...levels].sort() };
}
