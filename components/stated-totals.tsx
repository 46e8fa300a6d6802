import type { StatedTotal } from '@/lib/charts/stated-total';
import { formatCount } from '@/lib/locale/format';

import { TableScroll } from './table-scroll';

/** The totals the source prints, beside the sums of the figures it gives, and what they mix. */
export function StatedTotals({ totals }: { totals: readonly StatedTotal[] }) {
  return (
    <section aria-labelledby="totals-heading">
      <h2 id="totals-heading">The printed totals, checked</h2>
      {/* Named apart from the section, whose heading names it already: two landmarks of one
          role and name would be one too many for a screen reader's list of them. */}
      <TableScroll label="Each printed total beside the sum of the figures the source gives">
        <table className="data-table">
          <caption>
            Each total as the source prints it, beside the sum of the figures the source gives in
            that column
          </caption>
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col" className="numeric">
                Printed total
              </th>
              <th scope="col" className="numeric">
                Sum of the known figures
              </th>
              <th scope="col">Agree?</th>
              <th scope="col">What the total adds together</th>
            </tr>
          </thead>
          <tbody>
            {totals.map((total) => (
              <tr
                key={total.measure}
                data-explains={total.measure === 'killed' ? 'total-printed' : undefined}
              >
                <th scope="row">{total.label}</th>
                <td className="numeric">
                  {formatCount(total.stated)} {total.unitAsPrinted}
                </td>
                <td className="numeric">{formatCount(total.sumOfKnown)}</td>
                <td>{total.agrees ? 'Yes' : `No: ${total.knownDiscrepancy}`}</td>
                <td>
                  {total.byUnit.map((part) => `${formatCount(part.sum)} ${part.unit}`).join(' + ')}.{' '}
                  {total.unknownCells > 0 &&
                    `${total.unknownCells} ${total.unknownCells === 1 ? 'figure' : 'figures'} unknown (“?”). `}
                  {total.emptyCells > 0 &&
                    `${total.emptyCells} ${total.emptyCells === 1 ? 'cell' : 'cells'} empty. `}
                  {total.note}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
