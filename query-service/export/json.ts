// JSON export: the property-graph fragment shape of DESIGN.md ({nodes, relationships}), the same
// shape `ftz extract --json` prints. Relationship ids are Neo4j's and are left out, as in a fragment.
import type { ApiGraph } from '../../core/api-types.ts';

export interface FragmentJson {
  nodes: { id: string; labels: string[]; properties: ApiGraph['nodes'][number]['properties'] }[];
  relationships: {
    type: string;
    start: string;
    end: string;
    properties: ApiGraph['relationships'][number]['properties'];
  }[];
}

export function toFragment(graph: ApiGraph): FragmentJson {
  return {
    nodes: graph.nodes.map((n) => ({ id: n.id, labels: [...n.labels], properties: n.properties })),
    relationships: graph.relationships.map((r) => ({
      type: r.type,
      start: r.start,
      end: r.end,
      properties: r.properties,
    })),
  };
}

export function toFragmentJson(graph: ApiGraph): string {
  return `${JSON.stringify(toFragment(graph), null, 2)}\n`;
}
