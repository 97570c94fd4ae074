// The `ftz` command line, the top room: dispatches to one module per subcommand (cli/commands/*),
// loaded lazily so that `ftz extract` never loads the database code. Each command hands its pure
// parser's options (parse.ts) to its action (actions/*) through the one runner (runner.ts), which
// alone prints errors and chooses exit codes.

interface CommandModule {
  run(args: string[]): Promise<number>;
}

const COMMANDS: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
  start: {
    summary: 'start Neo4j (unless NEO4J_URI is set), load data/plans if changed, serve the explorer',
    load: () => import('./commands/start.ts'),
  },
  db: {
    summary: 'db start|stop|status|dump FILE|restore FILE — the bundled Neo4j server and its store',
    load: () => import('./commands/db.ts'),
  },
  load: {
    summary: 'load [PATH…] [--replace] [--bulk|--no-bulk] — load plans (default data/plans) into Neo4j',
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
  return (await command.load()).run(args);
}
