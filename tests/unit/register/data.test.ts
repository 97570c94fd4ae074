// The register's data holds together: unique names, every parent and successor present, short forms
// claimed once unless marked ambiguous, sources named; broken files are refused with RegisterDataError.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import {
  createRegister,
  NATIONAL_CATEGORIES,
  RegisterDataError,
  registerProblems,
  type RegisterFiles,
} from '../../../graph-loader/src/register/index.ts';
import { REGISTER, registerFiles, ROOT } from './register-fixture.ts';

describe('register data', () => {
  it('has no problems', () => {
    expect(registerProblems(registerFiles())).toEqual([]);
  });

  it('covers every State Council category and the other branches of the state', () => {
    const f = registerFiles();
    const categories = new Set([...f.stateCouncil.bodies, ...f.partyAndState.bodies].map((b) => b.category));
    for (const c of NATIONAL_CATEGORIES) expect(categories, c).toContain(c);
    expect(f.stateCouncil.bodies.filter((b) => b.category === 'constituent')).toHaveLength(26);
    expect(f.reforms.events.map((e) => e.year)).toEqual(expect.arrayContaining([2008, 2013, 2018, 2023]));
  });

  it('gives each Hong Kong, Macao and Taiwan body the simplified key the loader would produce', () => {
    const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
    for (const b of registerFiles().regions.bodies) {
      expect(b.key, b.name).toBe(toSimplified(b.name));
      expect(b.shortKeys, b.name).toEqual(b.short.map(toSimplified));
    }
  });

  const breakages: [string, (f: RegisterFiles) => void, RegExp][] = [
    [
      'a duplicate name',
      (f) => f.historical.bodies.push({ ...f.stateCouncil.bodies[5], until: 2018 }),
      /belongs to both/,
    ],
    [
      'a successor not in the register',
      (f) => f.reforms.events.push({ year: 2018, kind: 'rename', from: ['农业部'], to: ['农业部门'] }),
      /农业部门 is not in the register/,
    ],
    [
      'a short form claimed by two bodies',
      (f) => f.stateCouncil.bodies.find((b) => b.name === '商务部')?.short.push('发改委'),
      /short form 发改委 claimed by/,
    ],
    ['a current body with an end', (f) => (f.stateCouncil.bodies[3].until = 2020), /current body .* has until/],
    ['a body that ends with no reform', (f) => (f.historical.bodies[0].until = 2030), /ends in 2030 with no reform/],
    ['a vertical form without a place', (f) => f.vertical.systems[0].forms.push('海关'), /needs one \{place\}/],
    [
      'a canonical form that is not among the forms',
      (f) => (f.vertical.systems[0].canonical = { '{place}海关': '{place}关' }),
      /canonical \{place\}海关 → \{place\}关 is not between two of its forms/,
    ],
    ['a collective pattern that misses its example', (f) => (f.collectives.patterns[0].example = '商务部'), /misses/],
    ['a local form claimed by two cores', (f) => f.local.cores[5].short.push('发改'), /government form 发改/],
    [
      'a reform that ends a body of today',
      (f) => f.reforms.events.push({ year: 2023, kind: 'rename', from: ['商务部'], to: ['生态环境部'] }),
      /商务部 exists today but a reform ends it/,
    ],
    ['no sources', (f) => (f.reforms.sources = []), /reforms: sources/],
  ];
  it.each(breakages)('refuses %s', (_what, breakIt, problem) => {
    const f = registerFiles();
    breakIt(f);
    expect(registerProblems(f).join('\n')).toMatch(problem);
    expect(() => createRegister(f)).toThrow(RegisterDataError);
  });
});

/** The register is to replace the agency glossary (data/dictionaries/agencies.json): what the glossary
 *  knows as national bodies and collectives, the register knows too. */
describe('the register covers the agency glossary', () => {
  const glossary = JSON.parse(readFileSync(join(ROOT, 'data/dictionaries/agencies.json'), 'utf8')) as {
    national: { name: string; aliases?: string[] }[];
    collective: string[];
  };
  it.each(glossary.national.flatMap((n) => [n.name, ...(n.aliases ?? [])]))('national %s', (name) => {
    expect(REGISTER.lookupNational(name)).not.toBeNull();
  });
  it.each(glossary.collective.filter((c) => c !== '区块办公室'))('collective %s', (phrase) => {
    expect(REGISTER.isCollective(phrase)).toBe(true);
  });
});
