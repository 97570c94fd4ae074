// Statements and clauses of a stretch of text, the units the grammar reads: a statement is a
// sentence (closed by 。！？； or a line break) or a bracketed tag inside it (（X牵头，Y配合）); its
// clauses are split at ，：. Roles are settled per statement (a named lead makes the other bodies of
// the tag supports). Pure, one linear pass.

export interface Statement {
  start: number;
  end: number;
  bracket: boolean;
  /** the sentence that holds the statement (the statement itself unless a bracket) */
  outer: { start: number; end: number };
  clauses: [number, number][];
}

const code = (chars: string): Set<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
const OPEN = code('（(');
const CLOSE = code('）)');
const SENTENCE_END = code('。！？；;!?');
const CLAUSE_END = code('，,：:');
const NEWLINE = 10;

interface Open {
  start: number;
  bracket: boolean;
  clauseStart: number;
  clauses: [number, number][];
}

function closeClause(o: Open, at: number): void {
  if (at > o.clauseStart) o.clauses.push([o.clauseStart, at]);
}

/** What a pass has emitted: the statements, and the brackets of the current sentence waiting for its
 *  end. (Module functions, not closures: the transpiler names each closure on every call.) */
interface Emitted {
  out: Statement[];
  pending: Statement[];
}

function emit(state: Emitted, o: Open, end: number): void {
  closeClause(o, end);
  const st: Statement = {
    start: o.start,
    end,
    bracket: o.bracket,
    outer: { start: o.start, end },
    clauses: o.clauses,
  };
  if (o.bracket) state.pending.push(st);
  else {
    for (const p of state.pending) p.outer = { start: o.start, end: Math.max(end, p.end + 1) };
    state.pending = [];
  }
  if (o.clauses.length > 0) state.out.push(st);
}

/** The statements of text[from, to), brackets first-class; unclosed brackets close at a line end. */
export function statements(text: string, from: number, to: number): Statement[] {
  const state: Emitted = { out: [], pending: [] };
  const stack: Open[] = [{ start: from, bracket: false, clauseStart: from, clauses: [] }];
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch >= 0x4e00 && ch <= 0x9fff) continue; // ideographs: the bulk of the text, never a boundary
    const top = stack[stack.length - 1] as Open;
    if (OPEN.has(ch)) {
      // the clause around a bracket goes on after it: 成立中国（湖南）自贸试验区…领导小组
      stack.push({ start: i + 1, bracket: true, clauseStart: i + 1, clauses: [] });
    } else if (CLOSE.has(ch) && stack.length > 1) {
      emit(state, stack.pop() as Open, i);
    } else if (ch === NEWLINE) {
      while (stack.length > 1) emit(state, stack.pop() as Open, i);
      emit(state, stack[0] as Open, i);
      stack[0] = { start: i + 1, bracket: false, clauseStart: i + 1, clauses: [] };
    } else if (SENTENCE_END.has(ch) && stack.length === 1) {
      emit(state, top, i);
      stack[0] = { start: i + 1, bracket: false, clauseStart: i + 1, clauses: [] };
    } else if (CLAUSE_END.has(ch) || SENTENCE_END.has(ch)) {
      closeClause(top, i);
      top.clauseStart = i + 1;
    }
  }
  while (stack.length > 0) emit(state, stack.pop() as Open, to);
  return state.out.sort((a, b) => a.start - b.start);
}
