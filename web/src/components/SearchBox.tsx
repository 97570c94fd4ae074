// Full-text search over every label (simplified or traditional input: the server converts), results
// grouped by label with the matched words marked, arrow keys + Enter to choose; the choice is
// centred and selected, and added to the scene when it is not on screen yet.
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { SearchHit } from '../../../core/api-types.ts';
import { searchQueries } from '../api/queries.ts';
import { useDebounced } from '../api/use-debounced.ts';
import { labelColor } from '../../../core/display.ts';
import { labelName } from '../i18n/i18n.ts';
import { useExplorer } from '../state/explorer-context.ts';
import { noticeForError } from '../state/state-message.ts';
import { useSceneActions } from '../state/use-scene-actions.ts';
import { Highlighted } from './Highlighted.tsx';

function groupHits(hits: readonly SearchHit[]): { label: string; hits: SearchHit[] }[] {
  const groups = new Map<string, SearchHit[]>();
  for (const hit of hits) groups.set(hit.label, [...(groups.get(hit.label) ?? []), hit]);
  return [...groups].map(([label, list]) => ({ label, hits: list }));
}

export function SearchBox() {
  const { state, dispatch, t } = useExplorer();
  const actions = useSceneActions();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const q = useDebounced(text.trim(), 200);
  const search = useQuery(searchQueries.text(q));
  const groups = useMemo(() => groupHits(search.data?.hits ?? []), [search.data]);
  const flat = groups.flatMap((g) => g.hits);

  const choose = (hit: SearchHit) => {
    setOpen(false);
    if (state.history.present.nodes.has(hit.node.id)) dispatch({ type: 'select', id: hit.node.id, focus: true });
    else void actions.addNode(hit.node.id);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') setActive((a) => Math.min(flat.length - 1, a + 1));
    else if (event.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
    else if (event.key === 'Enter' && flat[active]) choose(flat[active]);
    else if (event.key === 'Escape') setOpen(false);
    else return;
    event.preventDefault();
  };

  const indexing = search.data?.indexing;
  let body = null;
  if (q && search.isFetching && !search.data) body = <p className="hint">{t('searchRunning')}</p>;
  else if (indexing)
    body = (
      <p className="hint" data-testid="search-indexing">
        {indexing.state === 'filling' ? t('searchFilling', { percent: indexing.percent }) : t('searchMissing')}
      </p>
    );
  else if (search.isError) {
    const n = noticeForError(search.error);
    body = <p className="problem">{t(n.key, n.vars)}</p>;
  } else if (q && search.data && flat.length === 0) body = <p className="hint">{t('searchNoHits', { q })}</p>;
  else if (flat.length > 0) {
    body = groups.map((group) => (
      <section key={group.label} className="search-group">
        <h4>
          <span className="dot" style={{ background: labelColor(group.label) }} /> {labelName(state.lang, group.label)}{' '}
          ({group.hits.length})
        </h4>
        <ul role="listbox">
          {group.hits.map((hit) => {
            const index = flat.indexOf(hit);
            return (
              <li
                key={hit.node.id}
                role="option"
                aria-selected={index === active}
                className={index === active ? 'active' : undefined}
                onMouseEnter={() => setActive(index)}
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(hit);
                }}
              >
                <span className="hit-name">{hit.display}</span>
                <span className="hit-text">
                  <Highlighted text={hit.highlight.text} ranges={hit.highlight.ranges} />
                </span>
              </li>
            );
          })}
        </ul>
      </section>
    ));
  }

  return (
    <div className="search-box">
      <input
        type="search"
        value={text}
        placeholder={t('searchPlaceholder')}
        aria-label={t('searchPlaceholder')}
        data-testid="search-input"
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {open && body && (
        <div className="search-results" data-testid="search-results">
          {body}
        </div>
      )}
    </div>
  );
}
