/** Descriptions of the coupon tool's URL parameters for the developer notes (server side only). */
export const couponParamDocs: Record<string, string> = {
  n: "1〜10,000,000の整数(人)",
  aov: "1〜100,000,000の整数(円)。「¥4,980」「4,980円」の形も読みます",
  discount: "0〜100,000,000の整数(円)。「¥500」「500円」の形も読みます",
  cmp: "off / on(discount2 と lift2 の条件を横に並べる)",
};
