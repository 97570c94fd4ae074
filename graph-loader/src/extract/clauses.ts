// Labelled assignment fields live in the grammar of responsibility (grammar/fields.ts); this module
// keeps the names the extractors import.
export {
  type Clause,
  type ClauseLabel,
  type LabelList,
  type ListItem,
  findClauses,
  splitList,
} from '../grammar/fields.ts';
