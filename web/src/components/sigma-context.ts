// The Sigma instance owned by <GraphCanvas>, handed to its renderless controllers.
import { createContext, useContext } from 'react';
import type Sigma from 'sigma';

/** Sigma over the scene graph; reducers read the attributes of graph/types.ts (NodeAttrs, EdgeAttrs). */
export type SceneSigma = Sigma;

export const SigmaContext = createContext<SceneSigma | null>(null);

export function useSigma(): SceneSigma {
  const sigma = useContext(SigmaContext);
  if (!sigma) throw new Error('useSigma outside <GraphCanvas>');
  return sigma;
}
