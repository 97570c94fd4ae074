// Renderless: merges the scene into the graphology graph sigma draws (positions kept, styles updated,
// an expand's new nodes beside their parent).
import { useEffect } from 'react';
import type { SceneGraph } from '../graph/sync-graph.ts';
import { syncGraph } from '../graph/sync-graph.ts';
import type { Scene, SizeBy } from '../graph/types.ts';
import type { Lang } from '../i18n/i18n.ts';

export function GraphSyncController({
  graph,
  scene,
  sizeBy,
  lang,
  anchor,
}: {
  graph: SceneGraph;
  scene: Scene;
  sizeBy: SizeBy;
  lang: Lang;
  /** the last expand: its new nodes are placed beside the parent */
  anchor: { parent: string; ids: readonly string[] } | null;
}) {
  useEffect(() => {
    syncGraph(graph, scene, { sizeBy, lang, anchor });
  }, [graph, scene, sizeBy, lang, anchor]);
  return null;
}
