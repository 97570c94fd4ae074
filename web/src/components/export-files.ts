// Export helpers: file names and the browser download.
import type { ExportFormat } from '../../../core/api-types.ts';

export const EXPORT_FORMATS: { format: ExportFormat; label: string; ext: string }[] = [
  { format: 'png', label: 'PNG (2×)', ext: 'png' },
  { format: 'svg', label: 'SVG', ext: 'svg' },
  { format: 'graphml', label: 'GraphML (yEd, Gephi)', ext: 'graphml' },
  { format: 'gexf', label: 'GEXF (Gephi)', ext: 'gexf' },
  { format: 'json', label: 'JSON', ext: 'json' },
  { format: 'csv', label: 'CSV (zip)', ext: 'zip' },
  { format: 'cypher', label: 'Cypher', ext: 'cypher' },
  { format: 'html', label: 'HTML briefing', ext: 'html' },
];

/** ftz-atlas-<what>-<yyyy-mm-dd>.<ext>, with the what made safe for every file system. */
export function exportFileName(what: string, format: ExportFormat, date: Date): string {
  const ext = EXPORT_FORMATS.find((f) => f.format === format)?.ext ?? format;
  const safe =
    what
      .replace(/[\\/:*?"<>|\s]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'scene';
  return `ftz-atlas-${safe}-${date.toISOString().slice(0, 10)}.${ext}`;
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
