// The shapes of the register's data files (data/register/*.json) and of the answers the lookup gives.
// The files are described field by field in data/register/README.md.

/** What kind of national body a record is: the State Council's own categories first, then the others. */
export const NATIONAL_CATEGORIES = [
  'state-council', // 国务院
  'general-office', // 国务院办公厅
  'constituent', // 组成部门
  'special', // 直属特设机构
  'direct', // 直属机构
  'office', // 办事机构
  'institution', // 直属事业单位
  'bureau', // 部委管理的国家局
  'managed-institution', // 部委管理的事业单位、团体 (中国地震局, 供销合作总社 …)
  'party', // 党中央机构
  'military', // 中央军委及其机关
  'npc', // 全国人大及其常委会、专门委员会
  'state', // 国家主席
  'supervision', // 国家监察委员会
  'court', // 最高人民法院
  'procuratorate', // 最高人民检察院
  'cppcc', // 全国政协
  'mass-org', // 人民团体
  'organising-committee', // 赛会组委会
  'soe', // 中央企业、政策性银行
  'exchange', // 证券、期货交易所
] as const;
export type NationalCategory = (typeof NATIONAL_CATEGORIES)[number];

export interface BodyRecord {
  name: string; // official name, simplified
  short: string[]; // standard short forms used in documents
  en: string;
  category: NationalCategory;
  parent?: string; // the ministry that manages a 国家局, or the managing body
  plates?: string[]; // other names the same body carries (加挂牌子)
  since?: number; // year the body got this name (absent: before 2008)
  until?: number; // year it was renamed, merged or abolished (absent: exists today)
  note?: string;
}
export interface BodyFile {
  asOf: number;
  sources: string[];
  ambiguousShort?: string[]; // short forms deliberately claimed by more than one body
  bodies: BodyRecord[];
}

export const REFORM_KINDS = ['rename', 'merge', 'split', 'absorb'] as const;
export type ReformKind = (typeof REFORM_KINDS)[number];
export interface ReformEvent {
  year: number;
  kind: ReformKind;
  from: string[];
  to: string[];
  note?: string;
}
export interface ReformFile {
  asOf: number;
  sources: string[];
  kinds: Record<ReformKind, string>;
  events: ReformEvent[];
}

export interface VerticalSystem {
  id: string;
  parent: string; // the national body the branches belong to
  en: string; // with {place}
  forms: string[]; // written forms with one {place}: 国家税务总局{place}税务局
  /** a short form → the form the branch is named by (岳阳银保监分局 → 中国银行保险监督管理委员会岳阳监管分局);
   *  a form left out keeps its own (a form that does not say the branch's level: {place}人民银行) */
  canonical?: Record<string, string>;
  since?: number;
  until?: number;
  successor?: string; // id of the system that replaced it
  note?: string;
}
export interface VerticalFile {
  asOf: number;
  sources: string[];
  systems: VerticalSystem[];
}

export type LocalKind =
  | 'government'
  | 'institution'
  | 'zone'
  | 'congress'
  | 'cppcc'
  | 'supervision'
  | 'court'
  | 'procuratorate'
  | 'mass-org'
  | 'party';
export interface LocalCore {
  core: string; // canonical core: 发展和改革
  short: string[]; // short cores: 发展改革, 发改
  suffixes: string[]; // allowed suffixes: 委员会, 委, 局 ('' for a body named by its core alone)
  en: string;
  enFixed?: boolean; // en is the whole English name (no suffix word added)
  kind?: LocalKind;
  extraForms?: { written: string; suffix: string }[]; // irregular forms: 政府办 (= 政府办公室)
  suffixCanonical?: Record<string, string>; // per-core canonical suffix: 办 → 室 for 办公
  since?: number;
  until?: number;
  note?: string;
}
export type PlaceLevel = 'sar' | 'province' | 'prefecture' | 'city' | 'district' | 'county' | 'township';
export interface LocalFile {
  asOf: number;
  sources: string[];
  placeLevels: Record<string, PlaceLevel>;
  municipalities: string[];
  provinces: { name: string; short: string[]; en: string }[];
  suffixes: Record<string, string>; // suffix → English word
  canonicalSuffix: Record<string, string>; // 委 → 委员会, 办 → 办公室 (when the core allows it)
  cores: LocalCore[];
  partyCores: LocalCore[];
  partyMarkers: string[]; // 委, 党委, 党工委: what stands between the place and a party core
  zoneAdministration: { suffixes: string[]; bareSuffixes: string[]; zoneEndings: string[]; en: string };
  enterprise: { suffixes: string[]; en: string };
  coordination: { suffixes: string[]; en: string }; // 领导小组, 工作组, 联席会议 …
}

export interface CollectiveFile {
  asOf: number;
  sources: string[];
  note?: string;
  phrases: string[];
  patterns: { id: string; re: string; example: string }[];
}

export type Region = 'HK' | 'MO' | 'TW' | 'CN';
export interface RegionalBody {
  region: Region;
  name: string; // as the body writes it (traditional)
  key: string; // character-level simplified form (what the loader's normalised text shows)
  short: string[];
  shortKeys: string[];
  en: string;
  category: string;
  parent?: string;
  since?: number;
  until?: number;
  successor?: string;
}
export interface RegionFile {
  asOf: number;
  sources: string[];
  note?: string;
  bodies: RegionalBody[];
}

/** Every data file of data/register, parsed. The reader (read/register.ts) fills it; nothing here reads files. */
export interface RegisterFiles {
  stateCouncil: BodyFile;
  historical: BodyFile;
  partyAndState: BodyFile;
  reforms: ReformFile;
  vertical: VerticalFile;
  local: LocalFile;
  collectives: CollectiveFile;
  regions: RegionFile;
}
