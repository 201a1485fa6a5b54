/** Accessible horizontal bar chart of monthly totals per rank: role="img" with title/desc, values also as text. */
import { useId } from "react";
import { formatPoints } from "../../../lib/format";
import type { Rank } from "../../../lib/facts";
import type { RankGain } from "../../../lib/rank";

const ROW = 34;
const LABEL_W = 72;
const WIDTH = 600;
const VALUE_W = 150;

export function RankChart({ gains, current }: { gains: RankGain[]; current: Rank }) {
  const id = useId();
  const max = Math.max(1, ...gains.map((g) => g.total));
  const barMax = WIDTH - LABEL_W - VALUE_W;
  const height = gains.length * ROW + 8;
  const desc = gains
    .map((g) => `${g.rank}ランク ${formatPoints(g.total)}${g.rank === current ? "(現在)" : ""}`)
    .join("、");
  return (
    <svg
      className="rank-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={`${id}-title`}>ランク別の月間報酬(棒グラフ)</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      {gains.map((g, i) => {
        const y = i * ROW + 4;
        const w = Math.round((g.total / max) * barMax);
        const isCurrent = g.rank === current;
        return (
          <g key={g.rank} data-rank={g.rank}>
            <text x={0} y={y + ROW / 2} dominantBaseline="middle" className="rank-chart-label">
              {g.rank}
              {isCurrent ? "(現在)" : ""}
            </text>
            <rect
              x={LABEL_W}
              y={y + 4}
              width={Math.max(w, 1)}
              height={ROW - 10}
              className={isCurrent ? "rank-chart-bar rank-chart-bar-current" : "rank-chart-bar"}
            />
            <text x={LABEL_W + w + 6} y={y + ROW / 2} dominantBaseline="middle" className="rank-chart-value">
              {formatPoints(g.total)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
