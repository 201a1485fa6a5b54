/** The ランク別比較's URL parameters — the only place their names are written. */
import { genreRates, ranks, rewardRates, type Rank } from "../facts";
import { rateChoices } from "../reward/rate";
import { choiceParam, defineParams, intParam } from "../url-state";

/** Largest monthly sales accepted (100億円): keeps the arithmetic exact and the chart readable. */
export const MAX_SALES = 10_000_000_000;
export const MAX_AVG = 100_000_000;

export const rankParams = defineParams({
  sales: intParam({
    name: "sales",
    label: "紹介経由の月間売上",
    default: 300_000,
    min: 0,
    max: MAX_SALES,
    unit: "円",
  }),
  avg: intParam({ name: "avg", label: "平均商品単価", default: 3000, min: 1, max: MAX_AVG, unit: "円" }),
  rate: choiceParam({
    name: "rate",
    label: "料率またはジャンル",
    values: rateChoices() as [string, ...string[]],
    default: "4",
    describe: `${rewardRates.join(" / ")}(%)、またはジャンルのキー(${genreRates.genres
      .slice(0, 3)
      .map((g) => g.key)
      .join("、")} など。報酬シミュレーターのジャンル表を参照)`,
  }),
  rank: choiceParam({
    name: "rank",
    label: "現在のランク",
    values: ranks,
    default: "C",
    describe: ranks.join(" / "),
  }),
});

/** Result name (`<output name>`) of a rank's monthly total: `total-S` … `total-E`. */
export function rankOutputName(rank: Rank): string {
  return `total-${rank}`;
}

/** Result names for the documentation table. */
export const rankOutputs = ranks.map((r) => ({
  name: rankOutputName(r),
  label: `${r}ランクの場合の月間報酬(ポイント)`,
}));
