// The shapes the grammar of responsibility works with: its rows, and the readings they give.

import type { IsBody } from './lists.ts';
import type { NameSpan } from './names.ts';
import type { RoleClass } from './vocabulary.ts';

export type GrammarMethod = 'label' | 'tag' | 'list-order' | 'prose' | 'group';

/** An example: the text, and the readings it must give ("name:LEADS"); rows whose expect is empty
 *  are negative examples (the row must give nothing). */
export interface GrammarExample {
  text: string;
  expect: string[];
}

export interface GrammarRow {
  name: string;
  method: GrammarMethod;
  /** how the row opens: a list of bodies at the start of a clause, 由 + a list, a labelled field,
   *  a marker phrase before a list, or a statement that changes other rows (list order) */
  opens: 'list' | 'by-list' | 'marker' | 'label' | 'statement';
  /** for list rows: the sticky pattern after the list (verb, adverbials); for marker rows: the
   *  sticky pattern before the list; for label rows: the label */
  pattern: RegExp;
  /** the class of the bodies of the list (and of the partner list after 会同) */
  subject: RoleClass;
  partner?: RoleClass;
  /** reads only when no other clause of the statement names a lead (经X批准) */
  fallback?: boolean;
  describe: string;
  examples: GrammarExample[];
  negatives: string[];
}

export type GrammarRole = 'LEADS' | 'SUPPORTS';

export interface Reading {
  name: NameSpan;
  role: GrammarRole;
  method: GrammarMethod;
  rule: string; // the row's name
  /** the words that carry the reading: the sentence (for a tag, the sentence that holds it) */
  evidence: { start: number; end: number };
}

export interface ReadOptions {
  isBody?: IsBody;
  /** names the agency register knows (preferred over longer shaped names: 海关 before 海关办) */
  isKnown?: IsBody;
  /** offset from which a stated list-order rule holds (Infinity: none); see listOrderFrom */
  listOrderFrom?: number;
  /** the units a body sets up (X下设A、B: A → XA), shared by the ranges of one document */
  units?: Map<string, string>;
}
