// Which relationship types "Expand" asks for: the listed types the analyst left checked, or every type
// while the node's counts are still loading (no box has been shown, so none was unchecked; an empty
// list would expand nothing).

/** `degree`: the node's neighbours by relationship type, once loaded; `unchecked`: types switched off. */
export function expandTypes(degree: Record<string, number> | undefined, unchecked: readonly string[]): string[] | null {
  if (degree === undefined) return null;
  return Object.entries(degree)
    .filter(([type, count]) => count > 0 && !unchecked.includes(type))
    .map(([type]) => type);
}
