/** The documents the facts cite, by id. */
import { z } from "zod";
import { sourceSchema } from "./schema";

export const sources = z.array(sourceSchema).parse([
  {
    id: "jagoo-room",
    title: "【出店者向け】楽天ROOMとは?基本情報から店舗が活用する重要性を解説",
    publisher: "ジャグー株式会社",
    accessed: "2026-11-23",
  },
  {
    id: "wacworks-crm",
    title: "楽天市場のCRM施策(今すぐ着手できる施策と中長期で効く施策)",
    publisher: "株式会社Wacworks",
    accessed: "2026-11-23",
  },
  {
    id: "room-official",
    title: "楽天ROOM 公式サイト・ヘルプ(よくある質問)",
    publisher: "楽天グループ株式会社",
    accessed: "2026-11-23",
  },
  {
    id: "nta-tax",
    title: "消費税の軽減税率制度に関する情報",
    publisher: "国税庁",
    accessed: "2026-11-23",
    url: "https://www.nta.go.jp/taxes/shiraberu/zeimokubetsu/shohi/keigenzeiritsu/index.htm",
  },
  {
    id: "itone-rakuten-affiliate",
    title: "楽天アフィリエイトとは?登録するメリットや評判・口コミを徹底調査",
    publisher: "itone(アフィリエイト情報サイト)",
    accessed: "2026-11-29",
    url: "https://itone.co.jp/affili/rakuten-affiliate",
  },
  {
    id: "research",
    title: "本サイト編集部の調査メモ(実務家ブログ・ユーザー報告の照合)",
    publisher: "本サイト編集部",
    accessed: "2026-11-23",
  },
]);

/** Looks up a source by id; throws when the id is unknown (caught by the facts test). */
export function sourceById(id: string) {
  const found = sources.find((s) => s.id === id);
  if (!found) throw new Error(`unknown source: ${id}`);
  return found;
}
