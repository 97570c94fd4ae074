// One plan's bytes → its property-graph fragment: decode → normalise → extract. Pure computation
// (hashing included): the caller reads the file and writes the result.
import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve } from 'node:path';
import { PROJECT_ROOT } from '../../core/paths.ts';
import { EmptyFileError, ExtractionError, FtzError, InputTooLargeError } from '../../core/errors.ts';
import { headerWarnings } from './extract/document.ts';
import { extractDocument } from './extract/index.ts';
import type { Dictionaries, ManifestEntry } from './types.ts';
import type { Fragment, Script, UnderstandingReport } from '../../core/model.ts';
import { type DebrisKind, normalise, type NormaliseOptions } from './normalise/index.ts';
import { withOriginalSpellings } from './normalise/original-spellings.ts';
import { defaultConverters } from './normalise/script.ts';
import { decodeBytes } from './read/decode.ts';

export interface ParsePlanInput {
  bytes: Uint8Array;
  file: string;
  dicts: Dictionaries;
  manifest?: ManifestEntry;
  /** traditional ↔ simplified converters (OpenCC's by default) */
  converters?: NormaliseOptions['converters'];
  /** the largest normalised text extracted (MAX_PLAN_CHARS by default); larger plans are refused */
  maxChars?: number;
}

/** 2 million characters: about 6 MB of Chinese in UTF-8, fifty times the largest seed plan. */
export const MAX_PLAN_CHARS = 2_000_000;

export interface ParsedPlan {
  docId: string;
  file: string;
  sha256: string; // of the original bytes
  encoding: string;
  script: Script;
  fragment: Fragment;
  warnings: string[];
  report?: UnderstandingReport; // what was understood (also on the Document node as JSON)
  /** what normalisation did: debris removed by kind, broken lines joined, read as an HTML page
   *  (optional: an addition to the shared contract, which plans built elsewhere may leave out) */
  cleaning?: { removed: Partial<Record<DebrisKind, number>>; joined: number; html: boolean };
}

/** Document.file: the path relative to the project root when inside it, else absolute (so ids and
 *  the stored file name do not depend on the working directory). */
export function documentFile(path: string): string {
  const rel = relative(PROJECT_ROOT, resolve(path));
  return rel.startsWith('..') || isAbsolute(rel) ? resolve(path) : rel;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Parses one plan. Throws InputError subclasses (EmptyFileError, BinaryFileError, EncodingError,
 *  SegmentationError, ExtractionError) that name the file and the line. */
export function parsePlan(input: ParsePlanInput): ParsedPlan {
  const { bytes, file, dicts, manifest } = input;
  const sha256 = sha256Hex(bytes);
  const decoded = decodeBytes(bytes, file);
  const converters = input.converters ?? defaultConverters();
  const normalised = normalise(decoded.text, { converters });
  if (normalised.text.trim() === '') {
    throw new EmptyFileError(file, 1, `no text left after removing ${normalised.removed} line(s) of page debris`);
  }
  const maxChars = input.maxChars ?? MAX_PLAN_CHARS;
  if (normalised.text.length > maxChars) {
    const size = `${normalised.text.length.toLocaleString('en')} characters`;
    throw new InputTooLargeError(
      file,
      1,
      `too large to extract as one plan: ${size} (limit ${maxChars.toLocaleString('en')}); split it into its documents`,
    );
  }
  let extracted: ReturnType<typeof extractDocument>;
  try {
    extracted = extractDocument({
      file,
      text: normalised.text,
      script: normalised.script,
      sha256,
      encoding: decoded.encoding,
      manifest,
      dicts,
      toTraditional: converters.toTraditional,
      metadata: normalised.metadata,
    });
  } catch (error) {
    if (error instanceof FtzError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new ExtractionError(file, 1, `extraction failed: ${message}`, { cause: error });
  }
  const document = extracted.fragment.nodes.find((n) => n.labels.includes('Document'));
  if (!document) throw new ExtractionError(file, 1, 'extraction produced no Document node');
  // extraction's warnings say when no header or no structure was found, and why (also in the report)
  const header = extracted.header ? headerWarnings(extracted.header).map((w) => `${file}: ${w}`) : [];
  const warnings = [...decoded.warnings, ...normaliseWarnings(file, normalised), ...header, ...extracted.warnings];
  const fragment = withOriginalSpellings(extracted.fragment, normalised.text, normalised.original);
  const removed: Partial<Record<DebrisKind, number>> = {};
  for (const d of normalised.dropped) removed[d.kind] = (removed[d.kind] ?? 0) + 1;
  const cleaning = { removed, joined: normalised.joined, html: normalised.html };
  return {
    docId: document.id,
    file,
    sha256,
    encoding: decoded.encoding,
    script: normalised.script,
    fragment,
    warnings,
    cleaning,
    ...(extracted.report ? { report: extracted.report } : {}),
  };
}

function normaliseWarnings(file: string, n: ReturnType<typeof normalise>): string[] {
  const out: string[] = [];
  const duplicates = n.dropped.filter((d) => d.kind === 'duplicate').length;
  if (duplicates > 0) out.push(`${file}: ${duplicates} paragraph(s) repeated right after themselves were dropped`);
  if (n.html) out.push(`${file}: read as a saved HTML page`);
  return out;
}
