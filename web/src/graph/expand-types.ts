// Which relationship types the Expand menu lists (those the node has neighbours by, with their counts)
// and which it asks for: the listed types the analyst left checked, or every type while the node's
// counts are still loading (no box has been shown, so none was unchecked; an empty list would expand
// nothing).

/** The types with neighbours, with their counts; none while `degree` is loading. */
export function listedTypes(degree: Record<string, number> | undefined): [string, number][] {
  return Object.entries(degree ?? {}).filter(([, count]) => count > 0);
}

/** `degree`: the node's neighbours by relationship type, once loaded; `unchecked`: types switched off. */
export function expandTypes(degree: Record<string, number> | undefined, unchecked: readonly string[]): string[] | null {
  if (degree === undefined) return null;
  return listedTypes(degree)
    .map(([type]) => type)
    .filter((type) => !unchecked.includes(type));
}
