// The gold annotation format (tests/gold/<seed stem>.json) and the score shapes of the evaluation.
// See tests/gold/README.md for how a reader names nodes.

import type { RelType } from '../../core/model.ts';

/** What a gold endpoint names: a node kind as a reader sees it. */
export type EndKind = 'agency' | 'measure' | 'zone' | 'industry' | 'policy' | 'document';

/** One name, or alternatives any of which may match. */
export type GoldName = string | string[];

export interface GoldFact {
  type: RelType;
  from: GoldName;
  to: GoldName;
  /** Only needed where the type allows several kinds (ADOPTS from a zone, CITES from a measure). */
  fromKind?: EndKind;
  toKind?: EndKind;
  /** An accepted start of another kind: e.g. an achievement in a status report may be the zone's
   *  (Zone-ADOPTS->) or the section's (Measure-ADOPTS->). Either satisfies the fact. */
  alsoFrom?: { kind: EndKind; name: GoldName };
  note?: string;
}

/** A type annotated exhaustively: in the whole file, or only for edges starting at the named nodes
 *  (e.g. FOCUSES_ON from 翠湖片区 and 永丰片区). */
export type Completeness = RelType | { type: RelType; from: GoldName; fromKind?: EndKind };

export interface GoldFile {
  file: string; // the seed's file name in data/plans
  /** What is annotated exhaustively in this file: precision is computed only there. */
  complete: Completeness[];
  /** Accepted variants of a name used in facts: canonical → variants. */
  names?: Record<string, string[]>;
  facts: GoldFact[];
}

/** The own Document of the file being scored. */
export const DOC = '@doc';

export interface TypeScore {
  type: RelType;
  gold: number; // gold facts of this type
  predicted: number; // distinct predicted edges of this type (all files scored)
  scoredPredicted: number; // of those, in files where the type is complete (the precision base)
  truePositives: number; // gold facts found among the predicted edges
  matchedPredicted: number; // predicted edges (in complete files) that match a gold fact
  precision: number | null; // null where no file is complete for the type
  recall: number | null; // null where there is no gold fact of the type
}

export interface Miss {
  type: RelType;
  from: GoldName;
  to: GoldName;
  note?: string;
  /** Which end named no node of the fragment, if any (otherwise the nodes exist but the edge does not). */
  unresolved: ('from' | 'to')[];
}

export interface Extra {
  type: RelType;
  from: string; // reader name of the predicted start node
  to: string;
  evidence: string;
}

export interface FileScore {
  file: string;
  types: TypeScore[];
  misses: Miss[];
  extras: Extra[]; // false positives, in complete types only
}

export interface EvalReport {
  files: FileScore[];
  overall: TypeScore[];
}
