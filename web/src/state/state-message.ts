// Which sentence to show for a query result state, and how to turn any thrown error into one.
import { errorState } from '../graph/result-state.ts';
import type { ResultState } from '../graph/result-state.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { Notice } from './explorer-state.ts';

export function stateMessage(state: ResultState): { key: MessageKey; vars: Record<string, string | number> } {
  switch (state.kind) {
    case 'idle':
      return { key: 'stateIdle', vars: {} };
    case 'running':
      return { key: 'stateRunning', vars: {} };
    case 'empty':
      return { key: 'stateEmpty', vars: {} };
    case 'nothing-drawable':
      return { key: 'stateNothingDrawable', vars: {} };
    case 'truncated':
      return state.total !== undefined
        ? { key: 'stateTruncatedOf', vars: { shown: state.shown, total: state.total } }
        : { key: 'stateTruncated', vars: { rowCap: state.rowCap } };
    case 'ok':
      return { key: 'stateIdle', vars: {} };
    case 'timeout':
      return { key: 'stateTimeout', vars: { message: state.message } };
    case 'write-refused':
      return { key: 'stateWriteRefused', vars: { message: state.message } };
    case 'unavailable':
      return { key: 'stateUnavailable', vars: { message: state.message } };
    case 'network':
      return { key: 'stateNetwork', vars: { message: state.message } };
    case 'error':
      return { key: 'stateError', vars: { message: state.message } };
  }
}

export function errorLike(error: unknown): { code?: string; message: string } {
  if (error instanceof Error) {
    const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
    return { code, message: error.message };
  }
  return { message: String(error) };
}

export function noticeForError(error: unknown): Notice {
  const { key, vars } = stateMessage(errorState(errorLike(error)));
  return { tone: 'problem', key, vars };
}

/** What a repeated expand tells the analyst: how many came and how many are left, or that all are shown. */
export function expandNotice(name: string, added: number, remaining: Readonly<Record<string, number>>): Notice {
  const left = Object.values(remaining).reduce((sum, n) => sum + n, 0);
  if (added === 0 && left === 0) return { tone: 'info', key: 'expandAllShown', vars: { name } };
  if (left === 0) return { tone: 'info', key: 'expandAddedAll', vars: { name, n: added } };
  return { tone: 'info', key: 'expandAddedMore', vars: { name, n: added, left } };
}
