// Names are stored simplified; the spelling the document itself used goes into `aliases` (a
// traditional-character plan writes 海淀組團 for 海淀组团). Because simplification is 1:1 per
// character, a name found at text[i, j) was written as original[i, j). Pure.
import type { Fragment, GraphNode, PropValue } from '../../../core/model.ts';

const NAME_KEYS = ['name', 'shortName', 'fullName', 'title'];
const MAX_HITS = 50; // occurrences looked at per name: enough to meet every spelling in use

function namesOf(node: GraphNode): string[] {
  const aliases = node.properties.aliases;
  const values: PropValue[] = [
    ...NAME_KEYS.map((k) => node.properties[k] ?? null),
    ...(Array.isArray(aliases) ? aliases : []),
  ];
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && v.length >= 2))];
}

/** The spellings `original` uses where `text` has the name, other than the name itself. */
function spellingsOf(name: string, text: string, original: string): string[] {
  const found = new Set<string>();
  let at = text.indexOf(name);
  for (let hits = 0; at !== -1 && hits < MAX_HITS; hits++) {
    const written = original.slice(at, at + name.length);
    if (written !== name) found.add(written);
    at = text.indexOf(name, at + name.length);
  }
  return [...found];
}

/** The fragment with each named node's `aliases` extended by the document's own spellings. The
 *  fragment is returned as it is when the document needed no conversion. */
export function withOriginalSpellings(fragment: Fragment, text: string, original: string): Fragment {
  if (text === original || text.length !== original.length) return fragment;
  const nodes = fragment.nodes.map((node) => {
    const aliases = node.properties.aliases;
    if (!Array.isArray(aliases)) return node;
    const known = new Set<string>(aliases.map(String));
    const added = namesOf(node)
      .flatMap((name) => spellingsOf(name, text, original))
      .filter((spelling) => !known.has(spelling) && known.add(spelling));
    if (added.length === 0) return node;
    return { ...node, properties: { ...node.properties, aliases: [...aliases.map(String), ...added] } };
  });
  return { ...fragment, nodes };
}
