// 主送机关 (GB/T 9704-2012 §7.3.2): the line under the title that names the bodies addressed, ended by a
// colon ("各省、自治区、直辖市人民政府，国务院各部委、各直属机构："). It is split at ，/,/；, each
// part as written. Addressees are a property of the Document, never agencies assigned to anything. Pure.

const MAX_LINE = 200;
const MAX_PART = 60;
const COLON = /^([^。；;！？:：\n]{2,200}?)[:：]/u;
const BODY_END =
  /(?:政府|部门|单位|机构|委员会|管委会|委|办|局|厅|处|室|会|院|司|公司|办事处|街道|镇|乡|区|县|市|省|州|盟|旗|部委|组织|团体|企业|学校|部队|军区|集团)$/u;
const NOT_ADDRESSEES = /^(?:附件|附|注|抄送|发布|来源|特此|现将|为|根据|按照)/u;

/** The addressees at the start of a string (a head line, or what follows the 文号 in a flattened
 *  document), or null. */
export function addresseesIn(s: string): string[] | null {
  const m = COLON.exec(s.slice(0, MAX_LINE + 1));
  const list = m?.[1]?.trim();
  if (!list || NOT_ADDRESSEES.test(list) || /《|》|\d/u.test(list)) return null;
  const parts = list
    .split(/[，,；;]/u)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 0 || parts.some((p) => p.length > MAX_PART || !BODY_END.test(p))) return null;
  return parts;
}
