// A bounded memo of a pure function of one string: the grammar tests the same candidate names again
// and again (every end of every name at every clause start), and each test runs several regexes.
// The memo forgets everything when full, so a huge plan cannot grow it without bound.

const MAX_ENTRIES = 50_000;

export function memoString<T>(fn: (s: string) => T, max = MAX_ENTRIES): (s: string) => T {
  const known = new Map<string, T>();
  return (s) => {
    const hit = known.get(s);
    if (hit !== undefined || known.has(s)) return hit as T;
    if (known.size >= max) known.clear();
    const value = fn(s);
    known.set(s, value);
    return value;
  };
}
