/** Gross profit by repurchase rate with the coupon, from the rate without it to 20 points higher; break-even marked. */
import type { RateRow } from "../../../lib/coupon";
import { formatYen } from "../../../lib/format";
import { pct, signedYen } from "./format";

export function CouponTable({ rows, caption }: { rows: RateRow[]; caption: string }) {
  return (
    <div className="calc-table-wrap coupon-table">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">再購入率</th>
            <th scope="col">粗利</th>
            <th scope="col">なしとの差</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.rate}
              className={r.breakeven ? "coupon-breakeven" : r.gain < 0 ? "coupon-loss" : undefined}
              data-rate={r.rate}
            >
              <th scope="row">
                {pct(r.rate)}
                {r.breakeven && <span className="calc-cell-note">損益分岐点</span>}
                {r.expected && <span className="calc-cell-note">見込み</span>}
              </th>
              <td>{formatYen(r.profit)}</td>
              <td>{signedYen(r.gain)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
