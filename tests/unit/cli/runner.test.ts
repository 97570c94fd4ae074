// Every `ftz` error becomes one line and an exit code, never a stack trace (issue "Nothing lost,
// nothing silent"): named errors, Neo4j's (recognised by name, so `ftz extract` loads no driver),
// system errors by errno, anything else with a pointer to FTZ_DEBUG.
import { describe, expect, it, vi } from 'vitest';
import { InputError } from '../../../core/errors.ts';
import { oneLine, runCli } from '../../../cli/runner.ts';

function neo4jError(message: string, code: string): Error {
  const e = new Error(message);
  e.name = 'Neo4jError';
  Object.assign(e, { code });
  return e;
}

describe('oneLine', () => {
  it.each([
    [new InputError('plans/a.txt', 3, 'no text'), /plans\/a\.txt/],
    [
      neo4jError('Failed to connect to server.\nmore detail', 'ServiceUnavailable'),
      /^Neo4j: Failed to connect to server\. \[ServiceUnavailable\]$/,
    ],
    [
      Object.assign(new Error('ENOSPC: no space left'), { code: 'ENOSPC', path: '/data/x' }),
      /^the disk is full.*\/data\/x \[ENOSPC\]$/,
    ],
    [new Error('boom\n    at somewhere'), /^unexpected error: boom \(FTZ_DEBUG=1 prints the details\)$/],
  ])('%s → one line', (error, expected) => {
    const line = oneLine(error);
    expect(line).toMatch(expected);
    expect(line).not.toContain('\n');
  });
});

describe('runCli', () => {
  it('prints one line and returns 70 for an error no code named, 1 for a named one', async () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const unnamed = await runCli(
        'x',
        [],
        () => ({}),
        async () => {
          throw neo4jError('Failed to connect', 'ServiceUnavailable');
        },
      );
      const named = await runCli(
        'x',
        [],
        () => ({}),
        async () => {
          throw new InputError('f.txt', 1, 'bad');
        },
      );
      expect([unnamed, named]).toEqual([70, 1]);
      expect(err.mock.calls.map((c) => String(c[0]))).toEqual([
        'ftz x: Neo4j: Failed to connect [ServiceUnavailable]',
        expect.stringMatching(/^ftz x: .*f\.txt.*bad/),
      ]);
    } finally {
      err.mockRestore();
    }
  });
});
