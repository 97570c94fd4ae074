// A parse worker thread: receives a plan's bytes and answers its ParsedPlan (parsePlan is pure), or
// the error's message. The dictionaries come once, in workerData; the register of government bodies
// (functions, so not cloneable) is rebuilt here from data/register, as the reader builds it.
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../../../core/errors.ts';
import { PROJECT_ROOT } from '../../../core/paths.ts';
import { parsePlan } from '../parse-plan.ts';
import { createRegister } from '../register/index.ts';
import { loadRegisterFiles } from '../read/register.ts';
import type { Dictionaries } from '../types.ts';
import type { ParseJob, ParseAnswer, WorkerInit } from './parse-pool.ts';

const init = workerData as WorkerInit;
const dicts: Dictionaries = init.withRegister
  ? { ...init.dicts, register: createRegister(await loadRegisterFiles(join(PROJECT_ROOT, 'data', 'register'))) }
  : init.dicts;

parentPort?.on('message', (job: ParseJob) => {
  let answer: ParseAnswer;
  const started = performance.now();
  const ms = (): number => performance.now() - started;
  try {
    const manifest = job.manifest ? { manifest: job.manifest } : {};
    const plan = parsePlan({ bytes: job.bytes, file: job.file, dicts, ...manifest });
    answer = { id: job.id, plan, ms: ms() };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    answer = { id: job.id, error: { message, input: error instanceof InputError }, ms: ms() };
  }
  parentPort?.postMessage(answer);
});
parentPort?.postMessage({ ready: true });
