// The `ftz` command line: dispatches to one module per subcommand (graph-loader/src/cli/commands/*).
// Each command module exports `run(args): Promise<number>` (the exit code); only this layer prints
// errors and chooses exit codes.
import { FtzError } from '../core/errors.ts';

interface CommandModule {
  run(args: string[]): Promise<number>;
}

const COMMANDS: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
  start: {
    summary: 'start Neo4j (unless NEO4J_URI is set), load data/plans if changed, serve the explorer',
    load: () => import('./commands/start.ts'),
  },
  db: { summary: 'db start|stop|status — the bundled Neo4j server', load: () => import('./commands/db.ts') },
  load: {
    summary: 'load [PATH…] — load plans (default data/plans) into Neo4j',
    load: () => import('./commands/load.ts'),
  },
  extract: {
    summary: 'extract PATH… [--json] — print the extracted facts without touching a database',
    load: () => import('./commands/extract.ts'),
  },
  query: {
    summary: 'query NAME|FILE|--cypher TEXT [--param k=v]… [--format table|json|csv] | --list',
    load: () => import('./commands/query.ts'),
  },
  export: {
    summary: 'export … --format graphml|gexf|json|csv|cypher|svg|png|html -o FILE',
    load: () => import('./commands/export.ts'),
  },
};

export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ftz ${name.padEnd(width)}  ${c.summary}`);
  return ['usage:', ...lines].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`ftz: unknown command '${name}'\n${usage()}`);
    return 2;
  }
  try {
    const mod = await command.load();
    return await mod.run(args);
  } catch (error) {
    if (error instanceof FtzError) {
      console.error(`ftz ${name}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
