// How exported pictures look: the explorer's own colours and names (web/src/graph/styles.ts, pure
// functions) so a PNG/SVG/briefing matches the screen, and the CJK font the renderer loads.
import { existsSync } from 'node:fs';
import { PrerequisiteError } from '../../core/errors.ts';
import {
  LABEL_COLORS,
  LABEL_ORDER,
  REL_COLORS,
  canvasLabel,
  chineseName,
  labelColor,
  mainLabel,
  relColor,
} from '../../web/src/graph/styles.ts';
import type { ApiNode } from '../../core/api-types.ts';

export { LABEL_COLORS, LABEL_ORDER, REL_COLORS, labelColor, mainLabel, relColor };

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

/** Full Chinese name for tables and data files. */
export function displayName(node: ApiNode): string {
  return chineseName(node);
}

/** The short canvas label (same cut as the explorer). */
export function pictureLabel(node: ApiNode, lang: 'zh' | 'en' = 'zh'): string {
  return canvasLabel(node, lang);
}
