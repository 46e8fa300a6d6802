import type { StatedTotal } from '@/lib/charts/stated-total';
import { formatCount } from '@/lib/locale/format';
import { dataText } from '@/lib/text/localized-package';
import type { Say } from '@/lib/text/messages';

import { TableScroll } from './table-scroll';

/** The totals the source prints, beside the sums of the figures it gives, and what they mix. */
export function StatedTotals({ totals, say }: { totals: readonly StatedTotal[]; say: Say }) {
  return (
    <section aria-labelledby="totals-heading">
      <h2 id="totals-heading">{say('totals-heading')}</h2>
      {/* Named apart from the section, whose heading names it already: two landmarks of one
          role and name would be one too many for a screen reader's list of them. */}
      <TableScroll label={say('totals-label')}>
        <table className="data-table">
          <caption>{say('totals-caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{say('totals-column')}</th>
              <th scope="col" className="numeric">
                {say('totals-printed')}
              </th>
              <th scope="col" className="numeric">
                {say('totals-sum')}
              </th>
              <th scope="col">{say('totals-agree')}</th>
              <th scope="col">{say('totals-parts')}</th>
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
                  {formatCount(say, total.stated)} {dataText(say, total.unitAsPrinted)}
                </td>
                <td className="numeric">{formatCount(say, total.sumOfKnown)}</td>
                <td>
                  {say('totals-agrees', {
                    agrees: total.agrees ? 'yes' : 'no',
                    discrepancy: total.knownDiscrepancy,
                  })}
                </td>
                <td>
                  {total.byUnit
                    .map((part) => `${formatCount(say, part.sum)} ${dataText(say, part.unit)}`)
                    .join(' + ')}
                  .{' '}
                  {total.unknownCells > 0 &&
                    `${say('totals-unknown-cells', { count: total.unknownCells })} `}
                  {total.emptyCells > 0 &&
                    `${say('totals-empty-cells', { count: total.emptyCells })} `}
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
