// Where a load's time goes: milliseconds spent per phase (reading files, the unchanged check, parsing,
// waiting for parses, identity claims, the similarity linker, write transactions, orphans and the full-text refresh),
// reported with the load so the bench can show it. Phases that run concurrently (parsing in workers
// while the writer writes) each count their own time, so the sum can exceed the wall time.
export const LOAD_PHASES = [
  'migrate',
  'read',
  'unchanged',
  'parse',
  'parseWait',
  'claim',
  'similar',
  'write',
  'orphans',
  'derived',
  'fulltext',
] as const;
export type LoadPhase = (typeof LOAD_PHASES)[number];
export type PhaseTimes = Record<LoadPhase, number>;

export interface PhaseClock {
  readonly ms: PhaseTimes;
  time<T>(phase: LoadPhase, work: () => Promise<T>): Promise<T>;
  timeSync<T>(phase: LoadPhase, work: () => T): T;
}

export function phaseClock(): PhaseClock {
  const ms = Object.fromEntries(LOAD_PHASES.map((p) => [p, 0])) as PhaseTimes;
  return {
    ms,
    async time(phase, work) {
      const started = performance.now();
      try {
        return await work();
      } finally {
        ms[phase] += performance.now() - started;
      }
    },
    timeSync(phase, work) {
      const started = performance.now();
      try {
        return work();
      } finally {
        ms[phase] += performance.now() - started;
      }
    },
  };
}
