// text.lastIndexOf('\n', pos), text.indexOf('"', pos) and counts of one character, answered by binary
// search in the positions of that character (kept for the last few texts asked about). On a plan
// saved as one long line, lastIndexOf('\n', hit) scans back to the start of the text for every hit,
// which makes extraction quadratic in the line's length. Pure: the same answers as the String methods.

const KEEP = 8;
const kept: { text: string; char: string; positions: number[] }[] = [];

function positionsOf(text: string, char: string): number[] {
  const hit = kept.find((k) => k.char === char && k.text === text);
  if (hit) return hit.positions;
  const positions: number[] = [];
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) positions.push(at);
  kept.unshift({ text, char, positions });
  if (kept.length > KEEP) kept.pop();
  return positions;
}

/** The number of positions ≤ at. */
function countUpTo(positions: number[], at: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((positions[mid] as number) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** text.lastIndexOf(char, from) for a single character. */
export function lastIndexOfChar(text: string, char: string, from: number): number {
  const positions = positionsOf(text, char);
  const n = countUpTo(positions, Math.min(Math.max(from, 0), text.length));
  return n === 0 ? -1 : (positions[n - 1] as number);
}

/** text.indexOf(char, from) for a single character. */
export function indexOfChar(text: string, char: string, from: number): number {
  const positions = positionsOf(text, char);
  const n = countUpTo(positions, Math.max(from, 0) - 1);
  return n < positions.length ? (positions[n] as number) : -1;
}

/** How many times char occurs in text.slice(start, end) (0 ≤ start ≤ end). */
export function countChar(text: string, char: string, start: number, end: number): number {
  const positions = positionsOf(text, char);
  return countUpTo(positions, end - 1) - countUpTo(positions, start - 1);
}
