import { Table } from '@trussworks/react-uswds';
import { useIntl } from 'react-intl';
import { CHART_COLOURS, type CountBar, CountBarChart } from '../../components/charts/CountBarChart';
import { TrendLineChart } from '../../components/charts/TrendLineChart';
import type { CellSuppression } from '../../graphql/generated/graphql';
import { sv } from './surveys.messages';

/** One figure of the results: a count, or hidden with the reason the API gives. */
export interface Cell {
  key: string;
  label: string;
  count?: number | null;
  percent?: number | null;
  mean?: number | null;
  suppressed: boolean;
  suppression?: CellSuppression | null;
}

export function useHiddenText() {
  const intl = useIntl();
  return (cell: Cell) => intl.formatMessage(cell.suppression ? sv[`hidden${cell.suppression}`] : sv.hidden);
}

/**
 * A bar chart of cells (suppressed ones drawn without a bar and marked as the API marks them),
 * or for figures over weeks a line, followed by the same figures as a table: nothing is only
 * in the picture.
 */
export function CellsChart({ title, caption, cells, firstColumn, showPercent, showMean, trend }: {
  title: string;
  /** Cells in time order, drawn as a line. */
  trend?: boolean;
  caption: string;
  cells: Cell[];
  firstColumn: string;
  showPercent?: boolean;
  showMean?: boolean;
}) {
  const intl = useIntl();
  const hidden = useHiddenText();
  if (cells.length === 0) return null;
  const bars: CountBar[] = cells.map((c) => ({
    key: c.key,
    label: c.label,
    value: c.suppressed ? 0 : (c.count ?? 0),
    valueText: c.suppressed ? hidden(c) : undefined,
    colour: CHART_COLOURS.blue,
  }));
  const figure = (value: number | null | undefined, style?: 'percent') =>
    value == null ? intl.formatMessage(sv.withheld) : style ? intl.formatNumber(value / 100, { style: 'percent', maximumFractionDigits: 1 }) : intl.formatNumber(value, { maximumFractionDigits: 2 });
  return (
    <>
      {trend ? (
        <TrendLineChart title={title} points={cells.map((c) => ({ key: c.key, label: c.label, value: c.suppressed ? null : (c.count ?? 0), valueText: c.suppressed ? hidden(c) : undefined }))} />
      ) : (
        <CountBarChart title={title} bars={bars} />
      )}
      <Table caption={caption} compact>
        <thead>
          <tr>
            <th scope="col">{firstColumn}</th>
            <th scope="col">{intl.formatMessage(sv.colCount)}</th>
            {showPercent && <th scope="col">{intl.formatMessage(sv.colPercent)}</th>}
            {showMean && <th scope="col">{intl.formatMessage(sv.colMean)}</th>}
          </tr>
        </thead>
        <tbody>
          {cells.map((c) => (
            <tr key={c.key}>
              <th scope="row">{c.label}</th>
              <td>{c.suppressed ? hidden(c) : c.count}</td>
              {showPercent && <td>{c.suppressed ? hidden(c) : figure(c.percent, 'percent')}</td>}
              {showMean && <td>{figure(c.mean)}</td>}
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
