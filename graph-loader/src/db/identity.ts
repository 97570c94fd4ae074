// Document identity: what the document is — its number (国发〔2017〕17号); otherwise its issuer, title
// and date — not the file it came from. A file whose content is already loaded under another path
// adds its path to that Document (`files`); a file claiming the id of a Document with a different
// identity (the same generic title from another issuer or date) gets an id of its own; a file with
// different content claiming an identity another existing file holds is a conflict, skipped unless the
// caller replaces. The file path(s) and sha256 are always recorded on the Document.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { PROJECT_ROOT } from '../../../core/paths.ts';
import type { Fragment, GraphNode } from '../../../core/model.ts';
import type { ParsedPlan } from '../parse-plan.ts';
import { storedDocument } from './replace.ts';

export interface IdentityFields {
  docNumber?: unknown;
  issuer?: unknown;
  title?: unknown;
  issuedOn?: unknown;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : value == null ? '' : String(value);
}

/** The identity key: `number:<docNumber>`, else `doc:<issuer>|<title>|<date>`. */
export function identityKey(fields: IdentityFields): string {
  const number = text(fields.docNumber);
  if (number) return `number:${number}`;
  return `doc:${text(fields.issuer)}|${text(fields.title)}|${text(fields.issuedOn)}`;
}

export function documentNode(plan: Pick<ParsedPlan, 'docId' | 'fragment'>): GraphNode | undefined {
  return plan.fragment.nodes.find((n) => n.id === plan.docId);
}

/** The plan's id made unique for its identity: `<docId>~<8 hex of the identity>`. */
export function distinctId(docId: string, identity: string): string {
  return `${docId}~${createHash('sha256').update(identity).digest('hex').slice(0, 8)}`;
}

/** The same plan under another Document id: the Document, its measures (whose ids embed the
 *  document's), every `docId` property and relationship endpoint follow. Pure. */
export function relabelPlan(plan: ParsedPlan, newId: string): ParsedPlan {
  const bare = (id: string): string => id.replace(/^policy:/, '');
  const oldMeasure = `measure:${bare(plan.docId)}#`;
  const newMeasure = `measure:${bare(newId)}#`;
  const map = (id: string): string =>
    id === plan.docId ? newId : id.startsWith(oldMeasure) ? newMeasure + id.slice(oldMeasure.length) : id;
  const props = (p: Record<string, unknown>): Record<string, unknown> =>
    p.docId === plan.docId ? { ...p, docId: newId } : p;
  const fragment: Fragment = {
    nodes: plan.fragment.nodes.map((n) => ({ ...n, id: map(n.id), properties: props(n.properties) as never })),
    relationships: plan.fragment.relationships.map((r) => ({
      ...r,
      start: map(r.start),
      end: map(r.end),
      properties: props(r.properties) as never,
    })),
  };
  return { ...plan, docId: newId, fragment };
}

export interface StoredHolder {
  id: string;
  file: string;
  files: string[];
  sha256: string | null;
  identity: string;
}

/** The Document stored under `id`, if any. */
export async function holderOf(tx: ManagedTransaction, id: string): Promise<StoredHolder | null> {
  return (await holdersOf(tx, [id])).get(id) ?? null;
}

/** The Documents stored under these ids, in one query. */
export async function holdersOf(tx: ManagedTransaction, ids: readonly string[]): Promise<Map<string, StoredHolder>> {
  const result = await tx.run(
    'UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN id, d.file AS file, d.files AS files, ' +
      'd.sha256 AS sha256, d.docNumber AS docNumber, d.issuer AS issuer, d.title AS title, d.issuedOn AS issuedOn',
    { ids: [...new Set(ids)] },
  );
  const holders = new Map<string, StoredHolder>();
  for (const r of result.records) {
    const file = text(r.get('file'));
    const files = (r.get('files') as string[] | null) ?? [file];
    const identity = identityKey({
      docNumber: r.get('docNumber'),
      issuer: r.get('issuer'),
      title: r.get('title'),
      issuedOn: r.get('issuedOn'),
    });
    const id = String(r.get('id'));
    holders.set(id, { id, file, files, sha256: (r.get('sha256') as string | null) ?? null, identity });
  }
  return holders;
}

/** A Document loaded from the same bytes under another path (the same content is one document). */
export async function sameContent(tx: ManagedTransaction, sha256: string, file: string): Promise<StoredHolder | null> {
  const result = await tx.run('MATCH (d:Document {sha256: $sha256}) WHERE d.file <> $file RETURN d.id AS id LIMIT 1', {
    sha256,
    file,
  });
  const id = result.records[0]?.get('id') as string | undefined;
  return id ? holderOf(tx, id) : null;
}

/** Whether a stored Document.file still exists (relative paths are under the project root). */
export function fileExists(file: string): boolean {
  return existsSync(isAbsolute(file) ? file : join(PROJECT_ROOT, file));
}

export type Claim = { kind: 'free'; plan: ParsedPlan; files: string[] } | { kind: 'conflict'; holder: StoredHolder };

/** The ids a claim of `plan` may look at: its own, and the id it gets when another document holds it. */
export function claimIds(plan: ParsedPlan): [string, string] {
  return [plan.docId, distinctId(plan.docId, identityKey(documentNode(plan)?.properties ?? {}))];
}

/** Decides under which id `plan` (read from `file`) is written, or that it conflicts, from the stored
 *  holders of its claimIds (holdersOf). `files` is the Document's path list after the write. */
export function decideClaim(plan: ParsedPlan, holders: Map<string, StoredHolder>, opts: { replace: boolean }): Claim {
  const identity = identityKey(documentNode(plan)?.properties ?? {});
  let candidate = plan;
  for (let attempt = 0; attempt < 2; attempt++) {
    const holder = holders.get(candidate.docId);
    if (!holder || holder.file === plan.file) return { kind: 'free', plan: candidate, files: [plan.file] };
    if (holder.sha256 === plan.sha256) {
      return { kind: 'free', plan: candidate, files: [...new Set([...holder.files, plan.file])] };
    }
    if (holder.identity !== identity && attempt === 0) {
      candidate = relabelPlan(plan, distinctId(plan.docId, identity));
      continue;
    }
    if (opts.replace || !fileExists(holder.file)) return { kind: 'free', plan: candidate, files: [plan.file] };
    return { kind: 'conflict', holder };
  }
  return { kind: 'free', plan: candidate, files: [plan.file] };
}

/** decideClaim with the holders read in `tx`. */
export async function claimIdentity(
  tx: ManagedTransaction,
  plan: ParsedPlan,
  opts: { replace: boolean },
): Promise<Claim> {
  return decideClaim(plan, await holdersOf(tx, claimIds(plan)), opts);
}

/** Records the Documents' paths (one row per document: docId, file, files); a path now loaded as its
 *  own document leaves other Documents' lists. As recordFiles row after row: a later row's own file
 *  leaves an earlier row's list. */
export async function recordFilesOf(
  tx: ManagedTransaction,
  given: readonly { docId: string; file: string; files: string[] }[],
): Promise<void> {
  const rows = given.map((row, i) => ({
    ...row,
    files: row.files.filter((f) => !given.slice(i + 1).some((o) => o.docId !== row.docId && o.file === f)),
  }));
  await tx.run(
    'UNWIND $rows AS row MATCH (d:Document) WHERE d.id <> row.docId AND row.file IN coalesce(d.files, []) ' +
      'SET d.files = [f IN d.files WHERE f <> row.file]',
    { rows },
  );
  await tx.run('UNWIND $rows AS row MATCH (d:Document {id: row.docId}) SET d.files = row.files', { rows });
}

/** Records the Document's paths; a path now loaded as its own document leaves other Documents' lists. */
export async function recordFiles(tx: ManagedTransaction, docId: string, file: string, files: string[]): Promise<void> {
  await recordFilesOf(tx, [{ docId, file, files }]);
}

/** A file of the same bytes already loaded under another path (by the same pipeline): its path joins
 *  that Document's `files`. Only when this path holds no Document of its own. */
export async function recordTwin(
  driver: Driver,
  file: string,
  key: { sha256: string; pipeline: string },
  database?: string,
): Promise<StoredHolder | null> {
  const session = driver.session(database ? { database } : {});
  try {
    return await session.executeWrite(async (tx) => {
      if (await storedDocument(tx, file)) return null;
      const twin = await sameContent(tx, key.sha256, file);
      if (!twin) return null;
      const stored = await storedDocument(tx, twin.file);
      if (stored?.pipeline !== key.pipeline) return null;
      await recordFiles(tx, twin.id, file, [...new Set([...twin.files, file])]);
      return twin;
    });
  } finally {
    await session.close();
  }
}

export function conflictMessage(file: string, holder: StoredHolder): string {
  return (
    `${file}: CONFLICT: claims document ${holder.id}, already loaded from ${holder.file} with different content; ` +
    `skipped (both files are kept as they are; pass --replace to load this one in its place)`
  );
}
