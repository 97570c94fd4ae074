// `ftz load [PATH…]`: loads plans (default data/plans) into Neo4j — the NEO4J_URI server or the
// bundled one, started if needed and left running. Progress bar on a terminal, a summary table at
// the end; exit code 1 when any file failed, 4 when none failed but a file conflicted with another file's
// document (skipped unless --replace). A first load of many files into the empty bundled store goes
// through Neo4j's bulk importer (--bulk: whatever the number, --no-bulk: never; db/bulk/choose.ts). The free space of the bundled store is checked before each file.
import { join, relative, resolve } from 'node:path';
import { SingleBar } from 'cli-progress';
import Table from 'cli-table3';
import { openDriver } from '../../database/connection.ts';
import { loadPlans } from '../../graph-loader/src/db/load.ts';
import { reportLine } from '../../graph-loader/src/db/load-report.ts';
import type { LoadProgress, LoadReport } from '../../graph-loader/src/db/load.ts';
import { PROJECT_ROOT } from '../../core/paths.ts';
import { applySchema } from '../../graph-loader/src/db/schema.ts';
import { ensureNeo4j } from '../../database/server.ts';
import { assertFreeSpace, STORE_BYTES_PER_INPUT_BYTE } from '../../database/disk-space.ts';
import { loadDictionaries } from '../../graph-loader/src/read/dictionaries.ts';
import { readManifest } from '../../graph-loader/src/read/manifest.ts';
import type { LoadOptions } from '../parse.ts';

const PLANS = join(PROJECT_ROOT, 'data', 'plans');

/** A progress bar that shows files, measures and relationships; nothing when stdout is not a TTY. */
function progressBar(): { update: (p: LoadProgress) => void; stop: () => void } {
  if (!process.stdout.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new SingleBar({
    format: 'loading {bar} {value}/{total} files | {measures} measures | {relationships} relationships | {file}',
    hideCursor: true,
    clearOnComplete: true,
  });
  let started = false;
  let measures = 0;
  let relationships = 0;
  return {
    update: (p) => {
      const file = relative(process.cwd(), p.file);
      if (!started) bar.start(p.total, 0, { measures, relationships, file });
      started = true;
      if (p.report) {
        measures += p.report.status === 'loaded' ? p.report.measures : 0;
        relationships += p.report.relationships;
      }
      bar.update(p.index + (p.report ? 1 : 0), { measures, relationships, file });
    },
    stop: () => started && bar.stop(),
  };
}

/** The summary table of a load (also printed by `ftz start`). */
export function summary(report: LoadReport, warnings: boolean): string {
  const plain = process.stdout.isTTY ? {} : { style: { head: [], border: [] } };
  const head = ['file', 'status', 'measures', 'relationships', 'understood', 'ms', 'notes'];
  const table = new Table({ head, ...plain });
  for (const f of report.files) {
    const notes = f.error ? 'see below' : f.warnings.length > 0 ? `${f.warnings.length} warning(s)` : '';
    const row = [String(f.measures), String(f.relationships), reportLine(f.understood), String(f.ms)];
    table.push([f.file, f.status, ...row, notes]);
  }
  const lines = [
    table.toString(),
    `${report.loaded} loaded, ${report.unchanged} unchanged, ${report.failed} failed; ` +
      `${report.measures} measures and ${report.relationships} relationships written in ${(report.ms / 1000).toFixed(1)} s` +
      (report.skipped > 0 ? `; ${report.skipped} skipped` : '') +
      (report.conflicts > 0 ? `; ${report.conflicts} CONFLICT(S) not loaded (see below; --replace to overwrite)` : '') +
      (report.orphansRemoved > 0 ? `; ${report.orphansRemoved} orphaned nodes removed` : ''),
  ];
  if (report.searchIndexed !== undefined)
    lines.push(
      `full-text search index ${report.searchIndexed}% built: Neo4j finishes it in the background; ` +
        'everything else answers now, and search says when it is ready',
    );
  for (const f of report.files) {
    if (f.error) lines.push(`${f.status === 'failed' ? 'failed' : f.status}: ${f.error}`);
    if (warnings) lines.push(...f.warnings.map((w) => `warning: ${w}`));
    // what was not understood is always said: no structure, no header (and why)
    else lines.push(...(f.understood?.warnings ?? []).map((w) => `warning: ${f.file}: ${w}`));
  }
  return lines.join('\n');
}

export async function loadAction(options: LoadOptions): Promise<number> {
  const paths = options.paths.length > 0 ? options.paths.map((p) => resolve(p)) : [PLANS];
  const settings = await ensureNeo4j({
    ...(options.dataDir ? { dataDir: resolve(options.dataDir) } : {}),
    onProgress: (line) => console.error(line),
  });
  if (settings.started)
    console.error(`started Neo4j at ${settings.uri} (it keeps running; stop it with \`ftz db stop\`)`);
  const driver = openDriver(settings);
  const bar = progressBar();
  try {
    await applySchema(driver, settings.database);
    const dicts = await loadDictionaries(join(PROJECT_ROOT, 'data', 'dictionaries'));
    const manifest = await readManifest(PLANS);
    const { dataDir } = settings;
    if (dataDir) await assertFreeSpace(dataDir, 'load plans');
    const report = await loadPlans(driver, paths, {
      dicts,
      manifest,
      replace: options.replace,
      onProgress: bar.update,
      // a first load of many files into the empty bundled store goes through neo4j-admin import
      bulk: { mode: options.bulk, ...(dataDir ? { dataDir } : {}) },
      onNotice: (line) => console.error(line),
      ...(dataDir
        ? {
            checkSpace: (bytes: number) =>
              assertFreeSpace(dataDir, 'load the next plan', { extraBytes: bytes * STORE_BYTES_PER_INPUT_BYTE }),
          }
        : {}),
      ...(settings.database ? { database: settings.database } : {}),
    });
    bar.stop();
    console.log(summary(report, options.warnings));
    return report.failed > 0 ? 1 : report.conflicts > 0 ? 4 : 0;
  } finally {
    bar.stop();
    await driver.close();
  }
}
