// The API process of the scale benchmark: the explorer's fastify server on a Neo4j given by
// FTZ_BENCH_URI / FTZ_BENCH_USER / FTZ_BENCH_PASSWORD, serving web/dist, in a process of its own so
// that its memory can be read. Prints one JSON line {"url": …} when listening; stops on SIGTERM.
import { openDriver } from '../database/connection.ts';
import { startServer } from '../web/server/server.ts';
import { WEB_DIST } from '../tests/e2e/app-server.ts';

const uri = process.env.FTZ_BENCH_URI;
if (!uri) throw new Error('FTZ_BENCH_URI is not set');
const driver = openDriver({
  uri,
  username: process.env.FTZ_BENCH_USER ?? 'neo4j',
  password: process.env.FTZ_BENCH_PASSWORD ?? '',
  database: 'neo4j',
});
const server = await startServer({ driver, staticDir: WEB_DIST, host: '127.0.0.1', port: 0 });
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
process.on('SIGTERM', () => {
  void server
    .close()
    .then(() => driver.close())
    .finally(() => process.exit(0));
});
