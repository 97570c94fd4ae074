import { describe, expect, it } from 'vitest';
import { Neo4jStartError } from '../../../core/errors.ts';
import { jvmArgs } from '../../../database/launch.ts';

describe('jvmArgs: the bundled server JVM flags', () => {
  const cases: { env: NodeJS.ProcessEnv; has: string[]; lacks: string[] }[] = [
    { env: {}, has: ['-Xmx1g'], lacks: ['-XX:TieredStopAtLevel=1'] },
    { env: { FTZ_NEO4J_JIT: 'C1' }, has: ['-XX:TieredStopAtLevel=1'], lacks: [] },
    { env: { FTZ_NEO4J_JIT: 'c2', FTZ_NEO4J_HEAP: '2g' }, has: ['-Xmx2g'], lacks: ['-XX:TieredStopAtLevel=1'] },
    {
      env: { FTZ_NEO4J_JVM_FLAGS: ' -XX:+AlwaysPreTouch  -Xss2m ' },
      has: ['-XX:+AlwaysPreTouch', '-Xss2m'],
      lacks: [''],
    },
  ];
  it.each(cases)('$env', ({ env, has, lacks }) => {
    const args = jvmArgs(env);
    for (const flag of has) expect(args).toContain(flag);
    for (const flag of lacks) expect(args).not.toContain(flag);
  });

  it('puts FTZ_NEO4J_JVM_FLAGS last, so they override the defaults', () => {
    const args = jvmArgs({ FTZ_NEO4J_JIT: 'c1', FTZ_NEO4J_JVM_FLAGS: '-XX:TieredStopAtLevel=4' });
    expect(args.at(-1)).toBe('-XX:TieredStopAtLevel=4');
    expect(args.indexOf('-XX:TieredStopAtLevel=1')).toBeLessThan(args.length - 1);
  });

  it('refuses an unknown FTZ_NEO4J_JIT', () => {
    expect(() => jvmArgs({ FTZ_NEO4J_JIT: 'graal' })).toThrow(Neo4jStartError);
  });
});
