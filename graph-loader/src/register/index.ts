// The register of Chinese government bodies as a pure lookup over data/register/*.json.
//
//   const register = createRegister(await loadRegisterFiles(dir));   // read/register.ts does the reading
//   register.lookupNational('人力资源社会保障部')   → 人力资源和社会保障部, constituent, today [itself]
//   register.lookupNational('环境保护部')           → historical (until 2018), successors 2018 → 生态环境部
//   register.successors('国家工商行政管理总局')     → [{2018, merge, → 国家市场监督管理总局}]
//   register.parseLocal('省经济和信息化厅')          → place 省 (unresolved), core 经济和信息化, suffix 厅
//   register.parseVertical('国家税务总局安徽省税务局') → tax, place 安徽省 (province)
//   register.isCollective('各有关省级人民政府')     → true
//   register.resolve(mention, {year, region})       → which of these the mention is (order: resolve.ts)
//
// Every lookup is a hash lookup or one backward walk over the mention: the cost grows with the mention,
// not with the register.
import { CollectiveMatcher, type CollectiveMatch } from './collective.ts';
import { LocalParser, type LocalParse } from './local.ts';
import { NationalIndex, type NationalBody, type NationalMatch, type Succession } from './national.ts';
import {
  OrganisationParser,
  type CoordinationParse,
  type EnterpriseParse,
  type ZoneAdministrationParse,
} from './organisations.ts';
import { PlaceParser, type Place } from './places.ts';
import { RegionalIndex, type RegionalMatch } from './regions.ts';
import type { Region, RegisterFiles, VerticalSystem } from './types.ts';
import { resolve, type ResolveOptions, type Resolution } from './resolve.ts';
import { validateRegisterFiles } from './validate.ts';
import { VerticalParser, type VerticalParse } from './vertical.ts';

export type { CollectiveMatch, CoordinationParse, EnterpriseParse, LocalParse, NationalBody, NationalMatch, Place };
export type { RegionalMatch, Resolution, ResolveOptions, Succession, VerticalParse, ZoneAdministrationParse };
export * from './types.ts';
export { RegisterDataError } from './errors.ts';
export { registerProblems, validateRegisterFiles } from './validate.ts';

export interface Register {
  /** The year the data describes (the files' asOf). */
  readonly asOf: number;
  lookupNational(mention: string, options?: { year?: number }): NationalMatch | null;
  nationalBody(name: string): NationalBody | null;
  successors(name: string, year?: number): Succession[];
  today(name: string): string[];
  parseLocal(mention: string): LocalParse | null;
  parsePlace(written: string): Place;
  parseVertical(mention: string): VerticalParse | null;
  genericSystem(mention: string): VerticalSystem | null;
  parseZoneAdministration(mention: string): ZoneAdministrationParse | null;
  parseEnterprise(mention: string): EnterpriseParse | null;
  parseCoordination(mention: string): CoordinationParse | null;
  lookupRegional(mention: string, region?: Region): RegionalMatch[];
  collective(mention: string): CollectiveMatch | null;
  isCollective(mention: string): boolean;
  resolve(mention: string, options?: ResolveOptions): Resolution | null;
}

/** Validates the files (RegisterDataError when they do not hold together) and builds the indexes once. */
export function createRegister(files: RegisterFiles): Register {
  validateRegisterFiles(files);
  const national = new NationalIndex(files);
  const local = new LocalParser(files.local);
  const vertical = new VerticalParser(files.vertical, new PlaceParser(files.local));
  const organisations = new OrganisationParser(files.local);
  const regional = new RegionalIndex(files.regions);
  const collectives = new CollectiveMatcher(files.collectives);
  const register: Register = {
    asOf: Math.min(...Object.values(files).map((f) => (f as { asOf: number }).asOf)),
    lookupNational: (m, o) => national.lookup(m, o),
    nationalBody: (n) => national.body(n),
    successors: (n, y) => national.successors(n, y),
    today: (n) => national.today(n),
    parseLocal: (m) => local.parse(m),
    parsePlace: (w) => local.parsePlace(w),
    parseVertical: (m) => vertical.parse(m),
    genericSystem: (m) => vertical.genericSystem(m),
    parseZoneAdministration: (m) => organisations.zoneAdministration(m),
    parseEnterprise: (m) => organisations.enterprise(m),
    parseCoordination: (m) => organisations.coordination(m),
    lookupRegional: (m, r) => regional.lookup(m, r),
    collective: (m) => collectives.match(m),
    isCollective: (m) => collectives.match(m) !== null,
    resolve: (m, o) => resolve(register, m, o),
  };
  return register;
}
