/** 「結果をテキストでコピー」 of the coupon tool (loaded on demand): the title and assumptions around the rows shown. */
import { resultText, type TextRow } from "../shared/result-text";

export function couponText(o: { inputs: TextRow[]; outputs: TextRow[]; link: string | undefined }): string {
  return resultText({
    title: "再購入クーポンの損益分岐",
    inputs: o.inputs,
    outputs: o.outputs,
    assumptions: [
      "1回の粗利は平均注文額 × 粗利率です。粗利率に含めなかった費用(送料・手数料など)は入っていません。",
      "クーポンありで買い直した人は全員クーポンを1回使い、1人1回だけ買い直すとみなしています。平均注文額はクーポンの有無で変わらないと仮定しています。",
      "金額は正確に計算してから1円未満を四捨五入、損益分岐点は小数第1位に四捨五入しています。",
    ],
    link: o.link,
  });
}
