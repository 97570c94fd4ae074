// The selected node: readable properties, relationships in the database (expand per type), the
// relationships on screen with their evidence, and saved queries to run on it.
import { useQuery } from '@tanstack/react-query';
import { graphQueries } from '../api/queries.ts';
import { readableProps } from '../graph/format-props.ts';
import { neighbourGroups } from '../graph/scene.ts';
import { displayName, labelColor, mainLabel } from '../../../core/display.ts';
import { labelName, propName, relName } from '../i18n/i18n.ts';
import { useExplorer } from '../state/explorer-context.ts';
import { noticeForError } from '../state/state-message.ts';
import { useSceneActions } from '../state/use-scene-actions.ts';
import { EvidenceItem } from './EvidenceItem.tsx';
import { RunOnNode } from './RunOnNode.tsx';

export function DetailsPanel() {
  const { state, dispatch, t } = useExplorer();
  const actions = useSceneActions();
  const id = state.selected;
  const scene = state.history.present;
  const onScreen = id ? scene.nodes.get(id) : undefined;
  const remote = useQuery({ ...graphQueries.node(id ?? ''), enabled: id !== null });
  if (!id) return <p className="hint">{t('selectHint')}</p>;
  const node = remote.data?.node ?? onScreen;
  if (!node) {
    if (remote.isError) {
      const n = noticeForError(remote.error);
      return <p className="problem">{t(n.key, n.vars)}</p>;
    }
    return <p className="hint">{t('stateRunning')}</p>;
  }
  const label = mainLabel(node);
  const groups = neighbourGroups(scene, id);
  return (
    <div className="details" data-testid="details">
      <h2>
        <span className="dot" style={{ background: labelColor(label) }} /> {displayName(node, state.lang)}
      </h2>
      <p className="sub">
        {labelName(state.lang, label)} · <code>{node.id}</code>
      </p>
      {label === 'Document' && (
        <button type="button" onClick={() => dispatch({ type: 'reader', target: { docId: node.id, mark: null } })}>
          ↗ {t('planReader')}
        </button>
      )}
      <h3>{t('properties')}</h3>
      <dl className="props">
        {readableProps(node.properties, state.lang).map(([key, value]) => (
          <div key={key}>
            <dt>{propName(state.lang, key)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {remote.data && (
        <>
          <h3>{t('degreeInDb')}</h3>
          <ul className="degree">
            {Object.entries(remote.data.degree).map(([type, count]) => (
              <li key={type}>
                <button
                  type="button"
                  className="link"
                  onClick={() => void actions.expand(id, [type])}
                  title={t('expand')}
                >
                  {relName(state.lang, type)} <span className="count">{count}</span> ＋
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <RunOnNode nodeId={id} labels={node.labels} />
      <h3>{t('neighbours')}</h3>
      {groups.length === 0 && <p className="hint">{t('none')}</p>}
      {groups.map((group) => (
        <section key={group.type} className="rel-group">
          <h4>
            {relName(state.lang, group.type)} ({group.items.length})
          </h4>
          <ul>
            {group.items.map((item) => (
              <EvidenceItem key={item.rel.id} rel={item.rel} other={item.other} outgoing={item.outgoing} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
