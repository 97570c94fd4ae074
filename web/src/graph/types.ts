// The explorer's in-browser model: the scene (what the analyst has put on screen), its origin
// (so a shared URL can say "overview + these additions" instead of listing every id) and the
// attributes of the graphology graph that sigma draws.
import type { ApiNode, ApiRelationship, JsonValue } from '../../../core/api-types.ts';

export type SceneOrigin =
  { kind: 'none' } | { kind: 'overview' } | { kind: 'saved'; name: string; params: Record<string, JsonValue> };

export interface Scene {
  readonly nodes: ReadonlyMap<string, ApiNode>;
  readonly rels: ReadonlyMap<string, ApiRelationship>;
  readonly pinned: ReadonlySet<string>;
  readonly origin: SceneOrigin;
  /** the node ids the origin produced, to encode later changes as a delta */
  readonly originIds: readonly string[];
  /** the analyst revealed every relationship among the nodes on screen (restored from the URL too) */
  readonly revealed: boolean;
}

export type SizeBy = 'degree' | 'leads';

export interface NodeAttrs {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  kind: string; // main label (Zone, Agency, …)
  fixed: boolean; // pinned: ForceAtlas2 leaves it in place
  preset?: boolean; // placed by the server (the overview's precomputed layout)
  [key: string]: unknown;
}

export interface EdgeAttrs {
  relType: string;
  color: string;
  size: number;
  type: 'arrow' | 'curvedArrow';
  curvature: number;
  [key: string]: unknown;
}
