// Agencies across plans as a table made for reading: one block per agency (its name adds the node to
// the scene), one row per plan and zone with the measures it leads, supports or takes part in, and
// the agency's totals; headers in the UI's language with the other language beneath.
import type { Lang } from '../../../../core/display.ts';
import type { AgencyAcrossPlans, PlanWorkload, ZoneWorkload } from '../../graph/agency-plans.ts';
import { compareText, otherLang } from '../../i18n/compare-messages.ts';
import type { CompareKey } from '../../i18n/compare-messages.ts';
import { useExplorer } from '../../state/explorer-context.ts';
import { useCompareText } from './use-compare-text.ts';

const COLUMNS: CompareKey[] = [
  'col:agency',
  'col:plans',
  'col:plan',
  'col:zone',
  'col:leads',
  'col:supports',
  'col:involved',
];

function Header({ lang }: { lang: Lang }) {
  return (
    <thead>
      <tr>
        {COLUMNS.map((key) => (
          <th key={key} scope="col" data-column={key.slice(4)}>
            {compareText(lang, key)}
            <small>{compareText(otherLang(lang), key)}</small>
          </th>
        ))}
      </tr>
    </thead>
  );
}

const n = (value: number) => (value === 0 ? '—' : value);

function ZoneCells({ zone, lang }: { zone: ZoneWorkload; lang: Lang }) {
  const name = zone.zone ? (lang === 'en' && zone.zoneEn ? `${zone.zone} · ${zone.zoneEn}` : zone.zone) : null;
  return (
    <>
      <td className="zone">{name ?? compareText(lang, 'noZone')}</td>
      <td className="num">{n(zone.leads)}</td>
      <td className="num">{n(zone.supports)}</td>
      <td className="num">{n(zone.involved)}</td>
    </>
  );
}

function AgencyRows({ agency, onAdd }: { agency: AgencyAcrossPlans; onAdd: (id: string) => void }) {
  const { state } = useExplorer();
  const ct = useCompareText();
  const lines = agency.plans.flatMap((plan: PlanWorkload) =>
    plan.zones.map((zone, i) => ({ plan, zone, first: i === 0 })),
  );
  const span = lines.length + 1;
  return (
    <tbody data-agency={agency.agencyId}>
      {lines.map(({ plan, zone, first }, i) => (
        <tr key={`${plan.planId}|${zone.zoneId ?? ''}`}>
          {i === 0 && (
            <th scope="rowgroup" rowSpan={span} className="agency">
              <button
                type="button"
                className="link"
                data-testid="agency-link"
                title={ct('addToScene')}
                onClick={() => onAdd(agency.agencyId)}
              >
                {agency.agency}
              </button>
              {agency.agencyEn && <small>{agency.agencyEn}</small>}
            </th>
          )}
          {i === 0 && (
            <td rowSpan={span} className="num plans">
              {agency.plans.length}
            </td>
          )}
          {first && (
            <td rowSpan={plan.zones.length} className="plan" title={plan.planId}>
              {plan.plan}
            </td>
          )}
          <ZoneCells zone={zone} lang={state.lang} />
        </tr>
      ))}
      <tr className="total">
        <td colSpan={2}>{ct('total')}</td>
        <td className="num">{n(agency.leads)}</td>
        <td className="num">{n(agency.supports)}</td>
        <td className="num">{n(agency.involved)}</td>
      </tr>
    </tbody>
  );
}

export function AgencyPlansTable({ agencies, onAdd }: { agencies: AgencyAcrossPlans[]; onAdd: (id: string) => void }) {
  const { state } = useExplorer();
  return (
    <table className="agency-plans" data-testid="agency-plans">
      <Header lang={state.lang} />
      {agencies.map((a) => (
        <AgencyRows key={a.agencyId} agency={a} onAdd={onAdd} />
      ))}
    </table>
  );
}
