/** 「結果をテキストでコピー」 of the rank comparison (loaded on demand): the title and assumptions around the rows shown. */
import { resultText, type TextRow } from "../shared/result-text";

export function rankText(o: {
  inputs: TextRow[];
  outputs: TextRow[];
  /** 「約100個」, and the caps as the page writes them. */
  units: string;
  normalCap: string;
  bonusCap: string;
  bonusReported: boolean;
  link: string | undefined;
}): string {
  return resultText({
    title: "ランク別比較",
    inputs: o.inputs,
    outputs: o.outputs,
    assumptions: [
      `月間売上を平均単価で割った${o.units}が売れたとみなしています。`,
      `通常報酬は1個あたり${o.normalCap}、ランクボーナスは別枠で1個あたり${o.bonusCap}${o.bonusReported ? "(非公式)" : ""}が上限です。`,
      "ランクの条件は公表されていません。金額は「そのランクだったら」の試算です。",
    ],
    link: o.link,
  });
}
