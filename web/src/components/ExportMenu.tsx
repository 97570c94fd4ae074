// Export the scene (or the selection with its neighbours) in every format the server writes; the
// analyst titles it and, for the HTML briefing, says which question it answers.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { ExportFormat, ExportRequest } from '../../../core/api-types.ts';
import { fetchExport } from '../api/endpoints.ts';
import { displayName } from '../../../core/display.ts';
import { useExplorer } from '../state/explorer-context.ts';
import { errorLike } from '../state/state-message.ts';
import { EXPORT_FORMATS, downloadBlob, exportFileName } from './export-files.ts';
import { useCloseOnOutside } from './use-close-on-outside.ts';

/** The analyst's today as YYYY-MM-DD (what falls due is counted from it). */
function localIsoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function ExportMenu() {
  const { state, t } = useExplorer();
  const scene = state.history.present;
  const [background, setBackground] = useState('#ffffff');
  const [scope, setScope] = useState<'scene' | 'selection'>('scene');
  const [title, setTitle] = useState('');
  const [question, setQuestion] = useState('');
  const [menuRef, closeMenu] = useCloseOnOutside();
  const selected = state.selected ? scene.nodes.get(state.selected) : undefined;
  const mutation = useMutation({
    mutationFn: async (format: ExportFormat) => {
      const useSelection = scope === 'selection' && selected;
      const body: ExportRequest = {
        source: useSelection
          ? { kind: 'nodes', ids: [selected.id], depth: 1 }
          : { kind: 'nodes', ids: [...scene.nodes.keys()], depth: 0 },
        format,
        options: {
          background,
          scale: 2,
          lang: state.lang,
          title: title.trim() || (useSelection ? displayName(selected, state.lang) : t('exportTitleDefault')),
          ...(question.trim() ? { question: question.trim() } : {}),
          asOf: localIsoDate(new Date()),
        },
      };
      const { blob } = await fetchExport(body);
      const what = useSelection ? displayName(selected) : scene.origin.kind === 'saved' ? scene.origin.name : 'scene';
      // our own name (what + date) rather than the server's generic one
      downloadBlob(blob, exportFileName(what, format, new Date()));
    },
    onSuccess: () => closeMenu(),
  });
  return (
    <details className="menu" data-testid="export-menu" ref={menuRef}>
      <summary>{t('export')} ▾</summary>
      <div className="menu-body">
        <label className="row">
          <input type="radio" checked={scope === 'scene'} onChange={() => setScope('scene')} /> {t('exportScene')}
        </label>
        <label className="row">
          <input
            type="radio"
            checked={scope === 'selection'}
            disabled={!selected}
            onChange={() => setScope('selection')}
          />{' '}
          {t('exportSelection')}
        </label>
        <label className="row">
          {t('exportTitle')}{' '}
          <input
            type="text"
            data-testid="export-title"
            maxLength={200}
            value={title}
            placeholder={
              selected && scope === 'selection' ? displayName(selected, state.lang) : t('exportTitleDefault')
            }
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
        <label className="row">
          {t('exportQuestion')}{' '}
          <input
            type="text"
            data-testid="export-question"
            maxLength={500}
            value={question}
            placeholder={t('exportQuestionPlaceholder')}
            onChange={(e) => setQuestion(e.target.value)}
          />
        </label>
        <label className="row">
          {t('exportBackground')}{' '}
          <input type="color" value={background} onChange={(e) => setBackground(e.target.value)} />
        </label>
        {EXPORT_FORMATS.map((f) => (
          <button
            key={f.format}
            type="button"
            data-format={f.format}
            disabled={mutation.isPending || scene.nodes.size === 0}
            onClick={() => mutation.mutate(f.format)}
          >
            {f.label}
          </button>
        ))}
        {mutation.isError && (
          <p className="problem">{t('exportFailed', { message: errorLike(mutation.error).message })}</p>
        )}
      </div>
    </details>
  );
}
