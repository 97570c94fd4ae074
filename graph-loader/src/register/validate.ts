// Checks that the register's files hold together before anything is indexed: known categories, unique
// names, every parent and successor present, no short form claimed by two bodies unless marked ambiguous,
// one {place} per vertical form, collective patterns that compile and match their own example.
import { RegisterDataError } from './errors.ts';
import type { BodyFile, BodyRecord, LocalCore, LocalFile, RegisterFiles } from './types.ts';
import { NATIONAL_CATEGORIES, REFORM_KINDS } from './types.ts';

const FILE_KEYS = [
  'stateCouncil',
  'historical',
  'partyAndState',
  'reforms',
  'vertical',
  'local',
  'collectives',
  'regions',
] as const satisfies readonly (keyof RegisterFiles)[];

/** Every problem found, as one line each; an empty list means the files are sound. */
export function registerProblems(files: RegisterFiles): string[] {
  const problems: string[] = [];
  for (const key of FILE_KEYS) {
    const file = files[key] as unknown as { asOf?: unknown; sources?: unknown };
    if (typeof file?.asOf !== 'number') problems.push(`${key}: asOf must be a year`);
    if (!Array.isArray(file?.sources) || file.sources.length === 0) problems.push(`${key}: sources must be listed`);
  }
  if (problems.length > 0) return problems;
  const bodies = nationalBodies(files);
  problems.push(...bodyProblems(files, bodies), ...shortFormProblems(files, bodies));
  problems.push(...reformProblems(files, bodies), ...verticalProblems(files, bodies));
  problems.push(...localProblems(files.local), ...collectiveProblems(files), ...regionProblems(files));
  return problems;
}

/** The files, unchanged, once they are known to be sound; RegisterDataError lists what is wrong otherwise. */
export function validateRegisterFiles(files: RegisterFiles): RegisterFiles {
  const problems = registerProblems(files);
  if (problems.length > 0) throw new RegisterDataError(problems);
  return files;
}

function nationalBodies(files: RegisterFiles): BodyRecord[] {
  return [files.stateCouncil, files.historical, files.partyAndState].flatMap((f: BodyFile) => f.bodies);
}

function bodyProblems(files: RegisterFiles, bodies: BodyRecord[]): string[] {
  const problems: string[] = [];
  const names = new Map<string, string>();
  const claim = (written: string, owner: string): void => {
    const before = names.get(written);
    if (before !== undefined) problems.push(`name ${written} belongs to both ${before} and ${owner}`);
    else names.set(written, owner);
  };
  for (const b of bodies) {
    if (!b.name || !b.en || !Array.isArray(b.short)) problems.push(`body ${b.name || '?'}: name, en and short needed`);
    if (!(NATIONAL_CATEGORIES as readonly string[]).includes(b.category)) {
      problems.push(`body ${b.name}: unknown category ${b.category}`);
    }
    if (b.since !== undefined && b.until !== undefined && b.since > b.until)
      problems.push(`body ${b.name}: since > until`);
    claim(b.name, b.name);
    for (const plate of b.plates ?? []) claim(plate, b.name);
  }
  for (const b of files.stateCouncil.bodies)
    if (b.until !== undefined) problems.push(`current body ${b.name} has until`);
  for (const b of files.historical.bodies)
    if (b.until === undefined) problems.push(`historical body ${b.name} lacks until`);
  for (const b of bodies) {
    if (b.parent !== undefined && !names.has(b.parent)) problems.push(`body ${b.name}: parent ${b.parent} unknown`);
  }
  return problems;
}

function shortFormProblems(files: RegisterFiles, bodies: BodyRecord[]): string[] {
  const problems: string[] = [];
  const ambiguous = new Set(
    [files.stateCouncil, files.historical, files.partyAndState].flatMap((f) => f.ambiguousShort ?? []),
  );
  const fullNames = new Set(bodies.flatMap((b) => [b.name, ...(b.plates ?? [])]));
  const owners = new Map<string, string[]>();
  for (const b of bodies) {
    for (const s of new Set(b.short)) {
      if (s === b.name) problems.push(`body ${b.name}: short form equals the name`);
      if (fullNames.has(s)) problems.push(`short form ${s} of ${b.name} is another body's name`);
      owners.set(s, [...(owners.get(s) ?? []), b.name]);
    }
  }
  for (const [s, who] of owners) {
    if (who.length > 1 && !ambiguous.has(s)) problems.push(`short form ${s} claimed by ${who.join(', ')}`);
  }
  for (const s of ambiguous) {
    if ((owners.get(s)?.length ?? 0) < 2) problems.push(`ambiguous short form ${s} is not shared`);
  }
  return problems;
}

function reformProblems(files: RegisterFiles, bodies: BodyRecord[]): string[] {
  const problems: string[] = [];
  const byName = new Map(bodies.map((b) => [b.name, b]));
  const endings = new Map<string, number[]>();
  for (const e of files.reforms.events) {
    const tag = `reform ${e.year} ${e.from.join('+')}`;
    if (!(REFORM_KINDS as readonly string[]).includes(e.kind)) problems.push(`${tag}: unknown kind ${e.kind}`);
    if (e.from.length === 0 || e.to.length === 0) problems.push(`${tag}: from and to needed`);
    for (const n of [...e.from, ...e.to]) if (!byName.has(n)) problems.push(`${tag}: ${n} is not in the register`);
    for (const n of e.from) endings.set(n, [...(endings.get(n) ?? []), e.year]);
    for (const n of e.to) {
      const since = byName.get(n)?.since;
      if (since !== undefined && since > e.year) problems.push(`${tag}: successor ${n} only exists from ${since}`);
    }
  }
  for (const b of bodies) {
    if (b.until === undefined && endings.has(b.name)) problems.push(`body ${b.name} exists today but a reform ends it`);
    if (b.until === undefined || b.category === 'organising-committee') continue;
    if (!(endings.get(b.name) ?? []).includes(b.until))
      problems.push(`body ${b.name} ends in ${b.until} with no reform`);
  }
  return problems;
}

function verticalProblems(files: RegisterFiles, bodies: BodyRecord[]): string[] {
  const problems: string[] = [];
  const names = new Set(bodies.map((b) => b.name));
  const ids = new Set<string>();
  for (const s of files.vertical.systems) {
    if (ids.has(s.id)) problems.push(`vertical ${s.id}: duplicate id`);
    ids.add(s.id);
    if (!names.has(s.parent)) problems.push(`vertical ${s.id}: parent ${s.parent} unknown`);
    for (const f of s.forms)
      if (f.split('{place}').length !== 2) problems.push(`vertical ${s.id}: form ${f} needs one {place}`);
    for (const [from, to] of Object.entries(s.canonical ?? {}))
      if (!s.forms.includes(from) || !s.forms.includes(to))
        problems.push(`vertical ${s.id}: canonical ${from} → ${to} is not between two of its forms`);
  }
  for (const s of files.vertical.systems) {
    if (s.successor !== undefined && !ids.has(s.successor))
      problems.push(`vertical ${s.id}: successor ${s.successor} unknown`);
  }
  return problems;
}

/** Written form (core or short core + suffix) → the cores that produce it, per branch. */
export function coreForms(core: LocalCore): { written: string; form: string; suffix: string }[] {
  const forms = [core.core, ...core.short].flatMap((written) =>
    core.suffixes.map((suffix) => ({ written, form: written + suffix, suffix })),
  );
  return [...forms, ...(core.extraForms ?? []).map((x) => ({ ...x, form: x.written + x.suffix }))];
}

function localProblems(local: LocalFile): string[] {
  const problems: string[] = [];
  for (const [branch, cores] of [
    ['government', local.cores],
    ['party', local.partyCores],
  ] as const) {
    const seen = new Map<string, string>();
    for (const c of cores) {
      if (!c.en) problems.push(`${branch} core ${c.core}: en needed`);
      for (const { form, suffix } of coreForms(c)) {
        if (!(suffix in local.suffixes)) problems.push(`${branch} core ${c.core}: suffix ${suffix} has no English`);
        if (form === '') problems.push(`${branch} core ${c.core}: empty form`);
        const before = seen.get(form);
        if (before !== undefined && before !== c.core) problems.push(`${branch} form ${form}: ${before} and ${c.core}`);
        seen.set(form, c.core);
      }
    }
  }
  return problems;
}

function collectiveProblems(files: RegisterFiles): string[] {
  const problems: string[] = [];
  if (new Set(files.collectives.phrases).size !== files.collectives.phrases.length)
    problems.push('collective phrases repeat');
  for (const p of files.collectives.patterns) {
    try {
      if (!new RegExp(p.re, 'u').test(p.example)) problems.push(`collective pattern ${p.id} misses its example`);
    } catch (cause) {
      problems.push(`collective pattern ${p.id}: ${(cause as Error).message}`);
    }
  }
  return problems;
}

function regionProblems(files: RegisterFiles): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const b of files.regions.bodies) {
    if (b.shortKeys.length !== b.short.length) problems.push(`region body ${b.name}: one key per short form`);
    for (const k of [b.key, ...b.shortKeys]) {
      const id = `${b.region}:${k}`;
      if (seen.has(id)) problems.push(`region key ${id} repeats`);
      seen.add(id);
    }
  }
  const names = new Set(files.regions.bodies.map((b) => b.name));
  for (const b of files.regions.bodies) {
    for (const n of [b.parent, b.successor])
      if (n !== undefined && !names.has(n)) problems.push(`region body ${b.name}: ${n} unknown`);
  }
  return problems;
}
