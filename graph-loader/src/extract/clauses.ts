// Labelled assignment fields live in the grammar of responsibility (grammar/fields.ts); this module
// keeps the names the extractors import, and the clauses of a whole text, found once for the
// extractors that each need them (assignments, mentions, the report's written names).
import { type Clause, findClauses } from '../grammar/fields.ts';

export {
  type Clause,
  type ClauseLabel,
  type LabelList,
  type ListItem,
  findClauses,
  splitList,
} from '../grammar/fields.ts';

/** The last texts' clauses (read, never changed, by their callers). */
const recent = new Map<string, Clause[]>();

/** findClauses over a whole text, computed once per text. */
export function documentClauses(text: string): Clause[] {
  let clauses = recent.get(text);
  if (!clauses) {
    clauses = findClauses(text, 0, text.length);
    if (recent.size >= 2) recent.delete(recent.keys().next().value as string);
    recent.set(text, clauses);
  }
  return clauses;
}
