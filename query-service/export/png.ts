// PNG export: the SVG picture rendered by resvg with the CJK font loaded from Debian's
// fonts-noto-cjk (system fonts are not searched, so the output is the same on every machine).
import { Resvg } from '@resvg/resvg-js';
import { FONT_FAMILY, cjkFontFile } from './style.ts';

export function toPng(svg: string, opts: { scale?: number } = {}): Uint8Array {
  const scale = Math.max(0.25, Math.min(opts.scale ?? 2, 4));
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: {
      fontFiles: [cjkFontFile()],
      loadSystemFonts: false,
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
  });
  return new Uint8Array(resvg.render().asPng());
}
