/** 「結果をテキストでコピー」 of the reward tool (loaded on demand): the title and assumptions around the rows the page shows. */
import { resultText, type TextRow } from "../shared/result-text";

export function rewardText(o: {
  inputs: TextRow[];
  outputs: TextRow[];
  /** Caps as the page writes them: 「1,000ポイント」; `bonusReported` adds 非公式. */
  normalCap: string;
  bonusCap: string;
  bonusReported: boolean;
  buyerCap: string;
  link: string | undefined;
}): string {
  return resultText({
    title: "報酬シミュレーター",
    inputs: o.inputs,
    outputs: o.outputs,
    assumptions: [
      `通常報酬は1個あたり${o.normalCap}、ランクボーナスは別枠で1個あたり${o.bonusCap}${o.bonusReported ? "(非公式)" : ""}が上限です。`,
      "報酬の対象額が税込か税抜か、端数の処理方法は公表されていません。",
      `同じ購入者からの報酬は月${o.buyerCap}までと報告されています(非公式)。上限を当てはめる場合は、ランクボーナスを含む合計にかかると仮定しています。`,
    ],
    link: o.link,
  });
}
