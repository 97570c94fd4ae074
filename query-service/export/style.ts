// The CJK font exported pictures are drawn with. Colours and names come from core/display.ts, the
// same functions the explorer uses, so a PNG/SVG/briefing matches the screen.
import { existsSync } from 'node:fs';
import { PrerequisiteError } from '../../core/errors.ts';

/** Debian's fonts-noto-cjk (apt-get install fonts-noto-cjk); FTZ_CJK_FONT points elsewhere. */
export const DEFAULT_CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
export const FONT_FAMILY = 'Noto Sans CJK SC';
export const CSS_FONT_STACK = `'${FONT_FAMILY}', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif`;

export function cjkFontFile(env: NodeJS.ProcessEnv = process.env): string {
  const file = env['FTZ_CJK_FONT'] ?? DEFAULT_CJK_FONT;
  if (!existsSync(file)) {
    throw new PrerequisiteError(
      `the CJK font ${file} is missing: apt-get install -y fonts-noto-cjk (or set FTZ_CJK_FONT)`,
    );
  }
  return file;
}
