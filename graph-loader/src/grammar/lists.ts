// A list of bodies at a position: the longest name that reads as a body (by the resolver passed in,
// or by its ending), then 、/和/及/等 and the next name, as long as names follow. Bounded: names are
// at most MAX_NAME characters and a list at most MAX_NAMES names.

import type { NameSpan } from './names.ts';
import { NOISE, alternation, hasBodyEnding, isCollectiveName } from './vocabulary.ts';

export const MAX_NAME = 30;
const MAX_NAMES = 40;

/** Does a string name one body? (the matcher's only view of the agency register) */
export type IsBody = (name: string) => boolean;

/** the characters a body's name can end with (data/grammar/noise.json bodyEnds) */
const END_CHARS = new Set([...NOISE.bodyEnds.replace(/^\[|\]\$$/gu, '')]);
const INNER_STOP_RE = /[、，,。；;：:\s\u3000（）()“”《》"]/u;
const JOINER_AT = new RegExp(`(?:${alternation(NOISE.joiners)}|、)`, 'uy');
const NOISE_AT = new RegExp(`(?:${alternation([...NOISE.trailing, ...NOISE.persons])})`, 'uy');
const SPLIT_JOINER_RE = new RegExp(`(?:${alternation(NOISE.joiners)})`, 'gu');

const SHAPES = NOISE.bodyShapes.map((r) => new RegExp(r, 'u'));
/** 在 inside a name is a preposition after a body (市人民政府在国务院领导下), except in 所在, 驻在 */
/** 经 is a preposition (经X审核), except in 经济, 经营, 经贸, 经信, 经开(区), 经侦 */
const NOT_IN_NAME_RE = new RegExp(`${alternation(NOISE.notInName)}|(?<![所驻现存实])在|经(?![济营贸信开侦])`, 'u');
const NOT_START_RE = new RegExp(`^(?!${alternation(NOISE.jointBodies)})(?:${alternation(NOISE.notNameStart)})`, 'u');
const BODY_WORD_RE = new RegExp(`(?:${alternation(NOISE.bodyWords)})$`, 'u');
/** a body word alone (领导小组, 办公室) points back to a body named before: only the register
 *  resolves it */
const BARE = new Set(NOISE.bareGeneric);
const MAX_SHAPED = 12;
/** a name never ends inside a word: 海关|办理, 市政府|部署 */
const SPLIT_WORDS = new Set(NOISE.splitWords);
/** a body word glued to the verb after a body (海关处…罚款: 处 imposes a fine) ends no name */
const NOT_NAME_END_RE = new RegExp(NOISE.notNameEnd, 'u');
const MAX_SHORT = 10;

/** The body test the matcher uses: never a string with a verb inside (…会同…) or opening with one
 *  (推动海关), then the strong test given (the agency register), one of the shapes of a function
 *  named in a law (国务院商务主管部门, 海事部门, 海南省, 金华市人民政府) or a name ending in a body word
 *  (市场监管总局, 国务院新闻办). Resolution, not this test, decides which body a name is. */
export function bodyTest(strong: IsBody): IsBody {
  return (name) => {
    if (NOT_IN_NAME_RE.test(name) || NOT_START_RE.test(name) || joined(name)) return false;
    if (strong(name)) return true;
    if (isCollectiveName(name) || BARE.has(name)) return false;
    if (SHAPES.some((re) => re.test(name))) return true;
    const word = BODY_WORD_RE.exec(name);
    // a one-character body word (办, 局, 所) ends a short name only: not 海关停止…或办
    return word !== null && name.length <= (word[0].length === 1 ? MAX_SHORT : MAX_SHAPED);
  };
}

/** Two bodies joined (海关以及浦东新区, 管委会和有关部门): the left of a joiner ends like a body. */
function joined(name: string): boolean {
  SPLIT_JOINER_RE.lastIndex = 0;
  for (let m = SPLIT_JOINER_RE.exec(name); m; m = SPLIT_JOINER_RE.exec(name)) {
    const left = name.slice(0, m.index);
    if (PREFIXES_ONLY.has(left)) continue; // 中央和国家机关工委
    if ((left.length >= 2 && hasBodyEnding(left)) || LEVEL_RE.test(left)) return true;
  }
  return false;
}

/** words that open a body's name but are none alone: 中央和国家机关工委 is one body */
const PREFIXES_ONLY = new Set(NOISE.prefixesOnly);
/** 省和所在市人民政府: a level word before a joiner is a body of its own. */
const LEVEL_RE = /^[省市区县]$/u;

/** Shape only: ends like a body and is not two bodies joined (海关以及浦东新区). */
export function bodyShape(name: string): boolean {
  return hasBodyEnding(name) && !joined(name);
}

export interface ListOptions {
  isBody: IsBody;
  /** names the register knows: preferred over longer names that only have a body's shape */
  isKnown?: IsBody;
  /** may the name end at this offset? (subjects: a verb or a joiner must follow) */
  endsAt?: (at: number) => boolean;
}

const QUOTED_RE = /“[\u4e00-\u9fa5]{1,8}”|[（(](?:以下简称|以下称)?[\u4e00-\u9fa5“”]{1,14}[）)]/uy;
/** a bracket after a name: an alternate (管理委员会（管理局）) or the short form the text defines */
const TRAILING_BRACKET_RE = /[（(][^（）()]{1,16}[）)]$/u;

/** The length of a short quoted word or bracket at `at` (“放管服”, （上海）, （管理局）), 0 when none. */
function quotedWord(text: string, at: number, end: number): number {
  QUOTED_RE.lastIndex = at;
  const m = QUOTED_RE.exec(text);
  return m && at + m[0].length <= end ? m[0].length : 0;
}

/** A name as read, without the bracket after it. */
function withoutBracket(name: string): string {
  return name.replace(TRAILING_BRACKET_RE, '');
}

function nameAt(text: string, pos: number, end: number, opts: ListOptions): number {
  let room = Math.min(MAX_NAME, end - pos);
  let limit = room;
  for (let k = 0; k < room; k++) {
    // not after a level word alone: 县（市）人民政府 names every county and city
    const quoted = k > 1 ? quotedWord(text, pos + k, end) : 0;
    if (quoted > 0) {
      room = Math.min(room + quoted, end - pos);
      limit = room;
      k += quoted - 1; // a quoted word inside a name: 推进政府职能转变和“放管服”改革协调小组
      continue;
    }
    if (INNER_STOP_RE.test(text[pos + k] as string)) {
      limit = k;
      break;
    }
  }
  const passes: IsBody[] = opts.isKnown ? [opts.isKnown, opts.isBody] : [opts.isBody];
  for (const test of passes) {
    for (let k = limit; k >= 2; k--) {
      if (!fits(text, pos, k, opts)) continue;
      const cand = withoutBracket(text.slice(pos, pos + k));
      if ((isCollectiveName(cand) && hasBodyEnding(cand)) || test(cand)) return placeGlued(text, pos, k, limit, opts);
    }
  }
  return 0;
}

/** May text[pos, pos+k) be a name: it ends like a body, where a name may end, with no verb inside? */
function fits(text: string, pos: number, k: number, opts: ListOptions): boolean {
  if (!END_CHARS.has(text[pos + k - 1] as string)) return false; // cheap: a name ends like a body
  if (opts.endsAt && !opts.endsAt(pos + k)) return false;
  const cand = withoutBracket(text.slice(pos, pos + k));
  if (NOT_IN_NAME_RE.test(cand) || joined(cand) || NOT_NAME_END_RE.test(cand)) return false;
  return !SPLIT_WORDS.has(text.slice(pos + k - 1, pos + k + 1));
}

/** A place that opens a longer name ending in a body word is no body alone: 由上海市医药集中招标采购
 *  事务管理所承担… names the 管理所, not 上海市. */
const PLACE_ALONE_RE = /^[\u4e00-\u9fa5]{1,4}[省市]$/u;
function placeGlued(text: string, pos: number, k: number, limit: number, opts: ListOptions): number {
  if (!PLACE_ALONE_RE.test(text.slice(pos, pos + k))) return k;
  for (let j = k + 2; j <= limit; j++) {
    if (fits(text, pos, j, opts) && BODY_WORD_RE.test(withoutBracket(text.slice(pos, pos + j)))) return j;
  }
  return k;
}

/** 海关、海事等部门 / 网信、公安等主管部门 / 城乡规划、国土主管部门 (the shared word after the last item) */
const FUNCTION_LIST_RE =
  /((?:[\u4e00-\u9fa5]{2,10}、)+[\u4e00-\u9fa5]{2,10}?)(?:等(?:有关|相关|职能)?(主管部门|部门|单位|(?:工作|管理)?机构|[\u4e00-\u9fa5]{2,6}(?:机构|机关))(?:和单位|和机构)?|(主管部门|部门))/uy;
/** one function word closed by 等部门: 会同市外事等部门 */
const ONE_FUNCTION_RE = /((?:[省市区县]|本[省市区县])?[\u4e00-\u9fa5]{2,8}?)等(?:有关|相关)?(主管部门|部门)/uy;
const MAX_FUNCTION = 8;
const RANGE_RE = /^[省市区县州]级以上(?:地方)?(?:各级)?/u;
const LEVEL_PREFIX_RE = /^(?:国务院|本[省市区县]|[省市区县](?![级场])|属地|本级|同级)/u;

/** Function words that name a utility or a trade, not a government department (noise.json utilities). */
const UTILITY_RE = new RegExp(`^(?:${alternation(NOISE.utilities)})$`, 'u');

/** "海关、检验检疫、海事、税务等部门": bodies and function words (检验检疫 → 检验检疫部门); a utility among
 *  them (供水、供电等部门和单位) is no body and is left out. */
function functionList(
  text: string,
  pos: number,
  end: number,
  opts: ListOptions,
): { names: NameSpan[]; end: number } | null {
  FUNCTION_LIST_RE.lastIndex = pos;
  ONE_FUNCTION_RE.lastIndex = pos;
  const m = FUNCTION_LIST_RE.exec(text) ?? ONE_FUNCTION_RE.exec(text);
  if (!m || pos + m[0].length > end) return null;
  const items = (m[1] as string).split('、');
  // without 等 the shared word closes function words only: 网信部门、保密部门 is a list of bodies
  if (m[3] !== undefined && items.some((item) => opts.isBody(item) || hasBodyEnding(item))) return null;
  const word = (m[2] ?? m[3]) === '主管部门' ? '主管部门' : '部门';
  // 市城乡规划、城乡建设、国土主管部门: the level word of a first function word holds for the others
  // 县级以上网信、公安…等主管部门: a range of levels names no place, the functions stand alone
  const range = RANGE_RE.exec(items[0] as string)?.[0] ?? '';
  items[0] = (items[0] as string).slice(range.length);
  const first = items[0] as string;
  const level = opts.isBody(first) ? '' : (LEVEL_PREFIX_RE.exec(first)?.[0] ?? '');
  const short = level.replace(/^本(?=[省市区县])/u, ''); // 本市建设、公安等部门 → 市建设部门 …
  const names: NameSpan[] = [];
  let at = pos + range.length;
  for (const [i, item] of items.entries()) {
    const span = { raw: item, start: at, end: at + item.length, collective: isCollectiveName(item) };
    at += item.length + 1;
    const lead = i > 0 && !LEVEL_PREFIX_RE.test(item) ? short : '';
    const own = i === 0 ? short + item.slice(level.length) : item;
    if (opts.isBody(item)) names.push(span);
    else if (
      item.length - (i === 0 ? level.length : 0) <= MAX_FUNCTION &&
      !NOT_IN_NAME_RE.test(item) &&
      !NOT_START_RE.test(own)
    ) {
      const as = `${lead}${own}${word}`;
      if (!UTILITY_RE.test(item)) names.push({ ...span, as, collective: isCollectiveName(as) });
    } else return null;
  }
  return { names, end: pos + m[0].length };
}

/** Two places sharing the body named after them: 市和浦东新区商务部门, 省和所在市人民政府 (a level word,
 *  所在 + a level word, or a place of at most six characters, on either side of the joiner). */
const PLACE_PAIR_RE =
  /((?:所在)?[省市区县州]|[\u4e00-\u9fa5]{2,5}?(?:新区|[省市区县]))(?:和|及|与|、)((?:所在|有关|相关)?[省市区县州](?:、[区县镇乡])*(?:[（(][市区县、]{1,5}[）)])?(?![场级属直内外民])|[\u4e00-\u9fa5]{2,5}?(?:新区|[省市区县]))/uy;

const LEVELS_RE = /^[两三四各]级/u;
const LEVEL_WORD_RE = /^(?:所在|有关|相关)?[省市区县州](?:、[区县镇乡])*(?:[（(][市区县、]{1,5}[）)])?$/u;
/** 县（市、区）: every body of the levels named, no one body */
const LEVELS_GROUP_RE = /[（(、]|^(?:有关|相关)/u;

/** "市和浦东新区发展改革、财政、税务等部门" → 市发展改革部门 … 浦东新区税务部门: every body after the pair,
 *  once for each place. The body is tested with the second place in front. */
function placePair(
  text: string,
  pos: number,
  end: number,
  opts: ListOptions,
): { names: NameSpan[]; end: number } | null {
  PLACE_PAIR_RE.lastIndex = pos;
  const m = PLACE_PAIR_RE.exec(text);
  if (!m) return null;
  const [first, second] = [m[1] as string, m[2] as string];
  // a named place must be one (浦东新区), not any word ending in 区 (自贸区)
  const known = opts.isKnown ?? opts.isBody;
  if ([first, second].some((p) => !LEVEL_WORD_RE.test(p) && !known(p))) return null;
  const restAt = pos + m[0].length;
  if (LEVELS_RE.test(text.slice(restAt, restAt + 2))) return null; // 市、县两级环境保护部门: levels, no place
  const withSecond: ListOptions = { ...opts, isBody: (n) => opts.isBody(second + n), isKnown: undefined };
  const fn = functionList(text, restAt, end, { ...withSecond, isBody: () => false });
  const bodies = fn ? fn.names.map((n) => n.as ?? n.raw) : [];
  let stop = fn?.end ?? restAt;
  if (!fn) {
    const k = nameAt(text, restAt, end, withSecond);
    if (k === 0) return null;
    bodies.push(text.slice(restAt, restAt + k));
    stop = restAt + k;
  }
  if (opts.endsAt && !opts.endsAt(stop)) return null;
  const names = [first, second].flatMap((place) =>
    bodies.map((b): NameSpan => ({
      raw: place + b,
      as: place + b,
      start: pos,
      end: stop,
      collective: LEVELS_GROUP_RE.test(place),
    })),
  );
  return { names, end: stop };
}

/** The organs a body names as its own after 及其 (data/grammar/noise.json ownOrgans). */
const SUB_BODY_RE = new RegExp(`(?:${alternation(NOISE.ownOrgans)})`, 'uy');

/** A body's office stationed in the zone names the body (海事部门驻区工作机构 → 海事部门; noise.json
 *  stationedOrgans). */
const STATIONED_RE = new RegExp(`^(.{2,})(?:${alternation(NOISE.stationedOrgans)})$`, 'u');
function stationed(span: NameSpan, isBody: IsBody): NameSpan {
  const stem = STATIONED_RE.exec(span.as ?? span.raw)?.[1];
  return stem && isBody(stem) ? { ...span, as: stem } : span;
}

/** The list of bodies that starts at `pos` (before `end`), and where it ends. */
/** 由驻区的检验检疫机构受理: the offices stationed in the zone are the body's */
const STATIONED_AT_RE = /驻区的/uy;

export function listAt(text: string, from: number, end: number, opts: ListOptions): { names: NameSpan[]; end: number } {
  STATIONED_AT_RE.lastIndex = from;
  const pos = STATIONED_AT_RE.test(text) ? STATIONED_AT_RE.lastIndex : from;
  const pair = placePair(text, pos, end, opts);
  if (pair) return pair;
  const fn = functionList(text, pos, end, opts);
  const names: NameSpan[] = fn ? [...fn.names] : [];
  let at = fn ? fn.end : pos;
  if (fn) {
    // 市商务、生态环境部门和海关: a body joined after the functions
    JOINER_AT.lastIndex = at;
    const joiner = JOINER_AT.exec(text);
    if (!joiner || joiner[0] === '及其' || nameAt(text, at + joiner[0].length, end, opts) === 0) return fn;
    at += joiner[0].length;
  }
  while (names.length < MAX_NAMES && at < end) {
    const k = nameAt(text, at, end, opts);
    if (k === 0) break;
    const raw = withoutBracket(text.slice(at, at + k));
    names.push(stationed({ raw, start: at, end: at + raw.length, collective: isCollectiveName(raw) }, opts.isBody));
    at += k;
    NOISE_AT.lastIndex = at;
    const noise = NOISE_AT.exec(text);
    if (noise) at += noise[0].length;
    JOINER_AT.lastIndex = at;
    const joiner = JOINER_AT.exec(text);
    if (!joiner || at + joiner[0].length >= end) break;
    // 海南省人民代表大会及其常务委员会: a body and its own organ
    SUB_BODY_RE.lastIndex = at + joiner[0].length;
    const sub = joiner[0] === '及其' ? SUB_BODY_RE.exec(text) : null;
    if (sub && (!opts.endsAt || opts.endsAt(SUB_BODY_RE.lastIndex))) {
      const own = sub[0];
      const start = at + joiner[0].length;
      names.push({ raw: own, as: raw + own, start, end: start + own.length, collective: false });
      at = start + own.length;
      continue;
    }
    const next = nameAt(text, at + joiner[0].length, end, opts);
    if (next === 0) break;
    at += joiner[0].length;
  }
  return { names, end: names.length > 0 ? at : from };
}
