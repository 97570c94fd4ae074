// Reads the register of government bodies (data/register/*.json) for the pure module in register/.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RegisterFiles } from '../register/types.ts';

export const REGISTER_FILES = {
  stateCouncil: 'state-council.json',
  historical: 'historical.json',
  partyAndState: 'party-and-state.json',
  reforms: 'reforms.json',
  vertical: 'vertical.json',
  local: 'local.json',
  collectives: 'collectives.json',
  regions: 'regions.json',
} as const satisfies Record<keyof RegisterFiles, string>;

/** The parsed files of `dir` (data/register); `createRegister` validates and indexes them. */
export async function loadRegisterFiles(dir: string): Promise<RegisterFiles> {
  const entries = await Promise.all(
    Object.entries(REGISTER_FILES).map(async ([key, file]) => {
      const path = join(dir, file);
      try {
        return [key, JSON.parse(await readFile(path, 'utf8'))] as const;
      } catch (cause) {
        throw new Error(`cannot read register file ${path}: ${(cause as Error).message}`, { cause });
      }
    }),
  );
  return Object.fromEntries(entries) as unknown as RegisterFiles;
}
