// One entry point for a mention: which kind of body (or collective) it names. The order settles the
// overlaps between the indexes: a collective is never a body; a whole national name beats a composition;
// a traditional-script name is Hong Kong's, Macao's or Taiwan's; between a vertical branch and a local
// department the longer fixed ending wins (省地方金融监管局 is local, 岳阳金融监管分局 a branch); a simplified
// form that a region shares with the mainland (财政局) is tried last.
import type { CollectiveMatch } from './collective.ts';
import type { LocalParse } from './local.ts';
import type { NationalMatch } from './national.ts';
import type { CoordinationParse, EnterpriseParse, ZoneAdministrationParse } from './organisations.ts';
import type { RegionalMatch } from './regions.ts';
import type { Region, VerticalSystem } from './types.ts';
import type { VerticalParse } from './vertical.ts';

/** What `resolve` recognised a mention as. */
export type Resolution =
  | { type: 'collective'; match: CollectiveMatch }
  | { type: 'national'; match: NationalMatch }
  | { type: 'regional'; matches: RegionalMatch[] }
  | { type: 'vertical'; match: VerticalParse }
  | { type: 'vertical-generic'; system: VerticalSystem }
  | { type: 'zone-administration'; match: ZoneAdministrationParse }
  | { type: 'coordination'; match: CoordinationParse }
  | { type: 'local'; match: LocalParse }
  | { type: 'enterprise'; match: EnterpriseParse };

export interface ResolveOptions {
  year?: number; // the document's year: picks among bodies that share a short form
  region?: Region; // the document's region (a Taiwan law): its bodies come before the mainland's
}

/** The lookups `resolve` combines (a Register provides them). */
export interface Lookups {
  collective(m: string): CollectiveMatch | null;
  lookupNational(m: string, o?: { year?: number }): NationalMatch | null;
  lookupRegional(m: string, region?: Region): RegionalMatch[];
  parseVertical(m: string): VerticalParse | null;
  genericSystem(m: string): VerticalSystem | null;
  parseZoneAdministration(m: string): ZoneAdministrationParse | null;
  parseCoordination(m: string): CoordinationParse | null;
  parseLocal(m: string): LocalParse | null;
  parseEnterprise(m: string): EnterpriseParse | null;
}

export function resolve(r: Lookups, mention: string, options: ResolveOptions = {}): Resolution | null {
  const collective = r.collective(mention);
  if (collective) return { type: 'collective', match: collective };
  const regional = r.lookupRegional(mention, options.region);
  if (options.region !== undefined && regional.length > 0) return { type: 'regional', matches: regional };
  const national = r.lookupNational(mention, options);
  if (national) return { type: 'national', match: national };
  if (regional.some((m) => m.script === 'Hant')) return { type: 'regional', matches: regional };
  const branch = verticalOrLocal(r.parseVertical(mention), r.parseLocal(mention));
  if (branch) return branch;
  const system = r.genericSystem(mention);
  if (system) return { type: 'vertical-generic', system };
  const zone = r.parseZoneAdministration(mention);
  if (zone) return { type: 'zone-administration', match: zone };
  const group = r.parseCoordination(mention);
  if (group) return { type: 'coordination', match: group };
  const enterprise = r.parseEnterprise(mention);
  if (enterprise) return { type: 'enterprise', match: enterprise };
  return regional.length > 0 ? { type: 'regional', matches: regional } : null;
}

function verticalOrLocal(vertical: VerticalParse | null, local: LocalParse | null): Resolution | null {
  if (vertical && local) {
    const verticalFixed = vertical.form.length - '{place}'.length;
    const localFixed = local.mention.length - (local.place?.length ?? 0) - (local.partyMarker?.length ?? 0);
    return localFixed > verticalFixed ? { type: 'local', match: local } : { type: 'vertical', match: vertical };
  }
  if (vertical) return { type: 'vertical', match: vertical };
  return local ? { type: 'local', match: local } : null;
}
