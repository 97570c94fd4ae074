// Who issued a document, by the places GB/T 9704-2012 and legislative practice print it: the
// 发文机关标志 ("郑州市人民政府办公厅文件", §7.2.3), the title ("国务院办公厅关于…", §7.3.1; joint
// issuers "A、B关于…"), the adoption line of a law or regulation ("2019年11月29日 浙江省第十三届人民代表
// 大会常务委员会第十五次会议通过", with the adoption date), a promulgation note under the title of a
// government rule ("（2011年12月15日广州市人民政府令第61号公布，…）") and the 文号 prefix table
// (data/dictionaries/doc-prefixes.json). The signature block is read by signature.ts. Pure.
import type { DocPrefixEntry } from '../types.ts';
import { ANY_DATE, parseDate } from './dates.ts';
import { looksLikeIssuer } from './signature.ts';

const MARK = /^(.{2,40}?)文件$/u;
const TITLE_ISSUER = /^(.{2,60}?)(?:关于|转发|批转|印发)/u;
const CN = '[一二三四五六七八九十百零〇\\d]';
const BODY = '(?:人民代表大会常务委员会|人民代表大会|人民政府|委员会)';
const ADOPTION = new RegExp(
  String.raw`(${ANY_DATE})?\s{0,3}(?:在|经)?\s{0,3}([\u4e00-\u9fa5]{0,20}?)(?:第?${CN}{1,3}届)?([\u4e00-\u9fa5]{0,12}?${BODY})第${CN}{1,4}次(?:全体|常务)?会议(?:审议)?(?:通过|批准|修订)`,
  'u',
);
const PROMULGATION = new RegExp(
  String.raw`(?:^|[（(\s，,；;])(${ANY_DATE})\s*([\u4e00-\u9fa5（）]{2,40}?)(令|公告)\s*[（(]?\s*(?:(\d{4})\s*年\s*)?第\s*(\d{1,5})\s*号\s*[）)]?\s*(?:公布|发布|颁布)`,
  'u',
);

/** "X文件" → X. */
export function issuerFromMark(line: string): string | null {
  const m = MARK.exec(line);
  const name = m?.[1];
  return name && looksLikeIssuer(name) ? name : null;
}

/** "X关于…", "X转发Y…" → X; joint issuers "A、B关于…" → "A、B". */
export function issuerFromTitle(title: string): string | null {
  const m = TITLE_ISSUER.exec(title);
  const name = m?.[1];
  if (!name) return null;
  const parts = name.split('、');
  return parts.every((p) => looksLikeIssuer(p)) ? parts.join('、') : null;
}

export interface Adoption {
  issuer: string;
  date: string | null;
}

/** The body and date of an adoption line ("…人民代表大会常务委员会第N次会议通过"). */
export function adoptionIn(line: string): Adoption | null {
  if (!line.includes('会议') || !/通过|批准|修订/u.test(line)) return null;
  const m = ADOPTION.exec(line);
  if (!m) return null;
  const place = (m[2] ?? '').replace(/^.*?(?:已经|已|经|于)/u, '');
  const issuer = (place + (m[3] as string)).replace(new RegExp(`第?${CN}{1,3}届`, 'gu'), '');
  if (!looksLikeIssuer(issuer)) return null;
  return { issuer, date: m[1] ? parseDate(m[1]) : null };
}

export interface Promulgation {
  docNumber: string;
  issuer: string;
  date: string | null;
}

/** "（2011 年 12 月 15 日广州市人民政府令第 61 号公布，…）", "（1997年8月1日国务院批准 1997年8月13日
 *  海关总署令第65号发布）", and a local regulation's "2016年12月23日 X市第N届人民代表大会常务委员会公告
 *  第78号公布" (地方性法规 are promulgated by their standing committee's 公告) → the number, issuer
 *  (without its 届) and date. */
export function promulgationIn(line: string): Promulgation | null {
  if (!/令|公告/u.test(line)) return null;
  const m = PROMULGATION.exec(line);
  if (!m) return null;
  const name = m[2] as string;
  const year = m[4] ? `${m[4]}年` : '';
  const issuer = name.replace(new RegExp(`第?${CN}{1,3}届`, 'gu'), '');
  return { docNumber: `${name}${m[3]}${year}第${m[5]}号`, issuer, date: parseDate(m[1] as string) };
}

/** The issuer the 文号 prefix names: exact, else the longest prefix of the table the number starts with. */
export function issuerFromPrefix(docNumber: string, table: readonly DocPrefixEntry[]): string | null {
  const prefix = /^([\u4e00-\u9fa5]+)〔/u.exec(docNumber)?.[1];
  if (!prefix) return null;
  let best: DocPrefixEntry | null = null;
  for (const e of table) {
    if (prefix.startsWith(e.prefix) && e.prefix.length >= 2 && (!best || e.prefix.length > best.prefix.length))
      best = e;
  }
  return best?.issuer ?? null;
}
