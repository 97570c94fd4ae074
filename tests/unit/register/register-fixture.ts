// Test helper: the register's data files as the reader returns them, and the register built from them.
import { join } from 'node:path';
import { loadRegisterFiles } from '../../../graph-loader/src/read/register.ts';
import { createRegister } from '../../../graph-loader/src/register/index.ts';
import type { RegisterFiles } from '../../../graph-loader/src/register/index.ts';

export const ROOT = join(import.meta.dirname, '../../..');
export const REGISTER_DIR = join(ROOT, 'data/register');
export const CORPUS_DIR = join(ROOT, '../shared/corpus');

const files = await loadRegisterFiles(REGISTER_DIR);

/** A fresh copy of the parsed files, safe to change in a test. */
export function registerFiles(): RegisterFiles {
  return structuredClone(files);
}

export const REGISTER = createRegister(registerFiles());
