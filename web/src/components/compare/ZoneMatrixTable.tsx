// The zones-side-by-side matrix: one column per zone, one row per item in sections (measure counts,
// deadlines by year, industries, instruments, lead agencies). A row some zones lack is highlighted;
// differing counts are marked and the largest is bold. Names add their node to the scene.
import { useState } from 'react';
import type { Lang } from '../../../../core/display.ts';
import type { MatrixRow, MatrixSection, MatrixZone, ZoneMatrix } from '../../graph/zone-matrix.ts';
import { valueName } from '../../i18n/columns.ts';
import { isCompareKey } from '../../i18n/compare-messages.ts';
import { useExplorer } from '../../state/explorer-context.ts';
import type { CompareT } from './use-compare-text.ts';
import { useCompareText } from './use-compare-text.ts';

const SECTION_CAP = 12;

function itemLabel(row: MatrixRow, lang: Lang, ct: CompareT): string {
  const key = `count:${row.item}`;
  if (row.aspect === 'count' && isCompareKey(key)) return ct(key);
  if (row.aspect === 'due year') return lang === 'zh' ? `${row.item}年` : row.item;
  return lang === 'en' && row.itemEn ? `${row.item} · ${row.itemEn}` : row.item;
}

function Row({ row, onAdd }: { row: MatrixRow; onAdd: (id: string) => void }) {
  const { state } = useExplorer();
  const ct = useCompareText();
  const max = Math.max(...row.cells);
  const label = itemLabel(row, state.lang, ct);
  const title = row.partial ? ct('legendPartial') : row.differs ? ct('legendDiffers') : undefined;
  return (
    <tr className={row.partial ? 'partial' : undefined} data-differs={row.differs} data-partial={row.partial}>
      <th scope="row" title={title}>
        <span className="diff-mark" aria-hidden="true">
          {row.partial ? '◐' : row.differs ? '≠' : ''}
        </span>
        {row.itemId ? (
          <button type="button" className="link" title={ct('addToScene')} onClick={() => onAdd(row.itemId ?? '')}>
            {label}
          </button>
        ) : (
          label
        )}
      </th>
      {row.cells.map((n, i) => (
        <td key={i} className={row.differs && n === max && n > 0 ? 'max' : n === 0 ? 'absent' : undefined}>
          {n === 0 && row.aspect !== 'count' ? '—' : n}
        </td>
      ))}
    </tr>
  );
}

function Section({ section, width, onAdd }: { section: MatrixSection; width: number; onAdd: (id: string) => void }) {
  const ct = useCompareText();
  const [all, setAll] = useState(false);
  const rows = all ? section.rows : section.rows.slice(0, SECTION_CAP);
  return (
    <tbody data-aspect={section.aspect}>
      {rows.map((row) => (
        <Row key={row.item} row={row} onAdd={onAdd} />
      ))}
      {section.rows.length > SECTION_CAP && (
        <tr className="more">
          <td colSpan={width}>
            <button type="button" className="link" onClick={() => setAll((a) => !a)}>
              {all ? ct('showFewer') : ct('showAll', { n: section.rows.length })}
            </button>
          </td>
        </tr>
      )}
    </tbody>
  );
}

function ZoneHead({
  section,
  zones,
  onAdd,
}: {
  section: MatrixSection;
  zones: MatrixZone[];
  onAdd: (id: string) => void;
}) {
  const { state } = useExplorer();
  const ct = useCompareText();
  return (
    <thead>
      <tr>
        <th scope="col" className="section-title">
          {ct(`aspect:${section.aspect}`)}{' '}
          {section.aspect !== 'count' && <span className="sub">({section.rows.length})</span>}
        </th>
        {zones.map((z) => (
          <th key={z.id} scope="col" data-zone={z.id}>
            <button type="button" className="link" title={ct('addToScene')} onClick={() => onAdd(z.id)}>
              {state.lang === 'en' && z.nameEn ? `${z.name} · ${z.nameEn}` : z.name}
            </button>
            {z.kind && <small>{valueName(state.lang, z.kind)}</small>}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** One table per section, laid out in a grid that uses the pane's width; each repeats the zones. */
export function ZoneMatrixTable({ matrix, onAdd }: { matrix: ZoneMatrix; onAdd: (id: string) => void }) {
  const width = matrix.zones.length + 1;
  return (
    <div className="zone-matrix-grid" data-testid="zone-matrix">
      {matrix.sections.map((s) => (
        <table key={s.aspect} className="zone-matrix" data-section={s.aspect}>
          <ZoneHead section={s} zones={matrix.zones} onAdd={onAdd} />
          <Section section={s} width={width} onAdd={onAdd} />
        </table>
      ))}
    </div>
  );
}
