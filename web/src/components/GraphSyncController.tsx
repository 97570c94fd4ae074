// Renderless: merges the scene into the graphology graph sigma draws (positions kept, styles updated).
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
}: {
  graph: SceneGraph;
  scene: Scene;
  sizeBy: SizeBy;
  lang: Lang;
}) {
  useEffect(() => {
    syncGraph(graph, scene, { sizeBy, lang });
  }, [graph, scene, sizeBy, lang]);
  return null;
}
