// The shareable URL: scene (its origin plus the nodes added and dismissed since), selection,
// filters, language, node sizing and the camera. encode → decode gives back the same state.
import type { JsonValue } from '../../../core/api-types.ts';
import { isLang } from '../i18n/i18n.ts';
import type { Lang } from '../i18n/i18n.ts';
import { decodeView, encodeView } from './camera-view.ts';
import type { CameraView } from './camera-view.ts';
import { DEFAULT_FILTERS, isDefaultFilters } from './filters.ts';
import type { Filters } from './filters.ts';
import type { Scene, SceneOrigin, SizeBy } from './types.ts';

export interface UrlState {
  origin: SceneOrigin;
  added: string[];
  removed: string[];
  pinned: string[];
  revealed: boolean;
  selected: string | null;
  filters: Filters;
  lang: Lang | null; // null: not in the URL (use the browser's)
  sizeBy: SizeBy;
  /** the camera as the analyst left it (null: fit the visible nodes) */
  camera: CameraView | null;
}

export function sceneDelta(scene: Scene): { added: string[]; removed: string[] } {
  const origin = new Set(scene.originIds);
  const added = [...scene.nodes.keys()].filter((id) => !origin.has(id));
  const removed = scene.originIds.filter((id) => !scene.nodes.has(id));
  return { added, removed };
}

function encodeOrigin(origin: SceneOrigin): string {
  if (origin.kind === 'saved') return `saved:${origin.name}`;
  return origin.kind;
}

export function encodeUrlState(state: UrlState): string {
  const q = new URLSearchParams();
  q.set('o', encodeOrigin(state.origin));
  if (state.origin.kind === 'saved' && Object.keys(state.origin.params).length > 0)
    q.set('p', JSON.stringify(state.origin.params));
  if (state.added.length > 0) q.set('add', JSON.stringify(packIds(state.added)));
  if (state.removed.length > 0) q.set('del', JSON.stringify(packIds(state.removed)));
  if (state.pinned.length > 0) q.set('pin', JSON.stringify(packIds(state.pinned)));
  if (state.revealed) q.set('rv', '1');
  if (state.selected) q.set('sel', state.selected);
  if (!isDefaultFilters(state.filters)) q.set('f', JSON.stringify(compactFilters(state.filters)));
  if (state.lang) q.set('lang', state.lang);
  if (state.sizeBy !== 'degree') q.set('size', state.sizeBy);
  if (state.camera) q.set('cam', encodeView(state.camera));
  return q.toString();
}

function compactFilters(filters: Filters): Partial<Filters> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filters)) {
    const empty = value === null || (Array.isArray(value) && value.length === 0);
    if (!empty) out[key] = value;
  }
  return out as Partial<Filters>;
}

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** Ids grouped by their shared prefix (up to '#' for measures, else up to ':'), so a URL holding many
 *  measures of one plan does not repeat the plan's title: {"measure:…#": ["4.23", "4.25"]}. */
export function packIds(ids: readonly string[]): Record<string, string[]> {
  const packed: Record<string, string[]> = {};
  for (const id of ids) {
    const cut = id.includes('#') ? id.indexOf('#') + 1 : id.indexOf(':') + 1;
    const prefix = id.slice(0, cut);
    (packed[prefix] ??= []).push(id.slice(cut));
  }
  return packed;
}

/** The ids of a packed object, or of a plain array. */
export function unpackIds(value: unknown): string[] {
  if (Array.isArray(value)) return stringList(value);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([prefix, rest]) =>
    stringList(rest).map((r) => prefix + r),
  );
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function decodeFilters(value: unknown): Filters {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return DEFAULT_FILTERS;
  const f = value as Record<string, unknown>;
  return {
    hiddenLabels: stringList(f.hiddenLabels),
    hiddenTypes: stringList(f.hiddenTypes),
    zone: stringOrNull(f.zone),
    industry: stringOrNull(f.industry),
    agencyLevels: stringList(f.agencyLevels),
    dueFrom: stringOrNull(f.dueFrom),
    dueTo: stringOrNull(f.dueTo),
  };
}

function decodeOrigin(o: string | null, p: string | null): SceneOrigin {
  if (o === 'none') return { kind: 'none' };
  if (o?.startsWith('saved:') && o.length > 'saved:'.length) {
    const params = parseJson(p);
    const ok = typeof params === 'object' && params !== null && !Array.isArray(params);
    return { kind: 'saved', name: o.slice('saved:'.length), params: ok ? (params as Record<string, JsonValue>) : {} };
  }
  return { kind: 'overview' }; // the first screen, also for a missing or unknown origin
}

/** Read the URL's query string; anything missing or malformed falls back to the default. */
export function decodeUrlState(search: string): UrlState {
  const q = new URLSearchParams(search);
  const lang = q.get('lang');
  return {
    origin: decodeOrigin(q.get('o'), q.get('p')),
    added: unpackIds(parseJson(q.get('add'))),
    removed: unpackIds(parseJson(q.get('del'))),
    pinned: unpackIds(parseJson(q.get('pin'))),
    revealed: q.get('rv') === '1',
    selected: stringOrNull(q.get('sel')),
    filters: decodeFilters(parseJson(q.get('f'))),
    lang: isLang(lang) ? lang : null,
    sizeBy: q.get('size') === 'leads' ? 'leads' : 'degree',
    camera: decodeView(q.get('cam')),
  };
}
