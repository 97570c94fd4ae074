// Headless Debian Chromium driven by playwright-core, with a fresh profile per launch. Shared by the
// end-to-end tests and bench/explorer.ts.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';
import { PrerequisiteError } from '../../core/errors.ts';

export const CHROMIUM_PATH = process.env.FTZ_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // WebGL (sigma) on the CPU: SwiftShader, as --disable-gpu leaves no other renderer
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export function assertChromium(path = CHROMIUM_PATH): void {
  if (!existsSync(path)) {
    throw new PrerequisiteError(
      `Chromium not found at ${path}: install it with \`apt-get install chromium\` (or set FTZ_CHROMIUM)`,
    );
  }
}

export async function launchChromium(
  opts: { width?: number; height?: number; deviceScaleFactor?: number } = {},
): Promise<Browser> {
  assertChromium();
  const profile = await mkdtemp(join(tmpdir(), 'ftz-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: opts.width ?? 1440, height: opts.height ?? 900 },
    deviceScaleFactor: opts.deviceScaleFactor ?? 1,
    acceptDownloads: true,
    locale: 'zh-CN',
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
