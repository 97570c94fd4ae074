// Parsing plans in worker threads while the writer waits on Neo4j: a fixed pool of workers
// (db/parse-worker.ts), each parsing one plan at a time, jobs queued in order. Each worker holds up
// to IN_FLIGHT jobs, so it starts its next plan without waiting for this thread to take its answer (a
// busy main thread — linking, building the image — would otherwise leave the workers idle). A pool of
// size 0 (or a pool whose workers cannot start) parses in this thread. An error of a worker's parse
// comes back as ParseFailedError (an InputError when parsePlan threw one, so the file fails alone).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { FtzError, InputError } from '../../../core/errors.ts';
import { parsePlan } from '../parse-plan.ts';
import type { ParsedPlan } from '../parse-plan.ts';
import type { Dictionaries, ManifestEntry } from '../types.ts';

export interface WorkerInit {
  dicts: Dictionaries; // without the register
  withRegister: boolean;
}
export interface ParseJob {
  id: number;
  bytes: Uint8Array;
  file: string;
  manifest?: ManifestEntry;
}
export type ParseAnswer = { id: number; ms: number } & (
  { plan: ParsedPlan } | { error: { message: string; input: boolean } }
);

/** A parse that failed in a worker, with parsePlan's message (which names the file and line). */
export class ParseFailedError extends InputError {
  constructor(message: string) {
    super('', null, message);
    this.message = message;
  }
}
export class ParseWorkerError extends FtzError {}

export interface ParsePool {
  parse(job: Omit<ParseJob, 'id'>): Promise<ParsedPlan>;
  /** milliseconds spent parsing so far (in the workers, or in this thread) */
  parsedMs(): number;
  close(): Promise<void>;
}

/** Workers for a load: one less than the cores (the main thread links and writes), at least one. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** In this thread the parses run one per turn of the event loop, in order: the load's queries (the
 *  linker's read of the stored copy groups) go on between two parses, not after all of them. */
function inThread(dicts: Dictionaries): ParsePool {
  let spent = 0;
  let previous: Promise<unknown> = Promise.resolve();
  const parse = (job: Omit<ParseJob, 'id'>): ParsedPlan => {
    const started = performance.now();
    try {
      return parsePlan({ ...job, dicts, ...(job.manifest ? { manifest: job.manifest } : {}) });
    } finally {
      spent += performance.now() - started;
    }
  };
  return {
    parse(job) {
      const next = previous.then(() => new Promise((resolve) => setImmediate(resolve))).then(() => parse(job));
      previous = next.catch(() => {});
      return next;
    },
    parsedMs: () => spent,
    close: async () => {},
  };
}

type Waiting = { resolve: (plan: ParsedPlan) => void; reject: (error: Error) => void };

/** jobs posted to one worker and not answered yet */
const IN_FLIGHT = 2;

export function parsePool(dicts: Dictionaries, size: number): ParsePool {
  if (size < 1) return inThread(dicts);
  const { register, ...cloneable } = dicts;
  const init: WorkerInit = { dicts: cloneable, withRegister: register !== undefined };
  const waiting = new Map<number, Waiting>();
  const posted = new Map<Worker, number>(); // ready workers → jobs in flight
  const queue: ParseJob[] = [];
  let nextId = 0;
  let spent = 0;
  let broken: Error | null = null;
  /** Posts queued jobs to the ready workers, the least loaded first, up to IN_FLIGHT each. */
  const dispatch = (): void => {
    while (queue.length > 0) {
      let target: Worker | null = null;
      for (const [w, n] of posted) if (n < IN_FLIGHT && (target === null || n < (posted.get(target) ?? 0))) target = w;
      if (target === null) return;
      posted.set(target, (posted.get(target) ?? 0) + 1);
      target.postMessage(queue.shift());
    }
  };
  const fail = (error: Error): void => {
    broken = new ParseWorkerError(`a parse worker failed: ${error.message}`, { cause: error });
    for (const w of waiting.values()) w.reject(broken);
    waiting.clear();
  };
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(new URL('./parse-worker.mjs', import.meta.url), { workerData: init });
    worker.on('message', (answer: ParseAnswer | { ready: true }) => {
      if (!('id' in answer)) {
        posted.set(worker, 0);
        return dispatch();
      }
      spent += answer.ms;
      const w = waiting.get(answer.id);
      waiting.delete(answer.id);
      if ('plan' in answer) w?.resolve(answer.plan);
      else w?.reject(answer.error.input ? new ParseFailedError(answer.error.message) : new Error(answer.error.message));
      posted.set(worker, (posted.get(worker) ?? 1) - 1);
      dispatch();
    });
    worker.on('error', fail);
    return worker;
  });
  return {
    parse(job) {
      if (broken) return Promise.reject(broken);
      const id = nextId++;
      return new Promise<ParsedPlan>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        queue.push({ ...job, id });
        dispatch();
      });
    },
    parsedMs: () => spent,
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
