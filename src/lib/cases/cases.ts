/**
 * Three invented but realistic case studies (a small shop, a mid-size shop, an agency's client): their inputs, and
 * every figure the lessons print, computed here from the site's cores and facts so no page types a result.
 */
import { couponBreakEven, type CouponInput, type CouponResult } from "../coupon";
import { roundYen, shopCost, type ShopCost } from "../economics";
import { prMenu, rSnsMonthlyFee, systemFeePercent, yenPerPoint, type Rank } from "../facts";
import { rankGains, type RankGain } from "../rank/rank";
import { rewardRules } from "../reward/from-facts";
import { lineReward, type LineResult } from "../reward/reward";
import { resolveRate } from "../reward/rate";
import "../timeline/holiday-data"; // the cases plan real dates: register the holiday table (server side)
import { planTimeline } from "../timeline/plan";
import type { TimelineEvent } from "../timeline/events";
import type { TimelineParams } from "../timeline/params";
import { timelineParams } from "../timeline/params";
import { couponQuery, rankQuery, rewardQuery, timelineQuery } from "./links";

/** The rate (%) of a genre key in the reward table; throws on an unknown key (a typo in the case data). */
function genreRate(key: string): number {
  const r = resolveRate(rewardRules, key);
  if (!r) throw new Error(`unknown genre: ${key}`);
  return r.rate;
}

/** Whole orders needed to earn back a fixed cost at a profit per order (rounded up). */
export function ordersToRecover(fixedYen: number, profitPerOrder: number): number {
  if (profitPerOrder <= 0) throw new RangeError("profit per order must be positive");
  return Math.ceil(fixedYen / profitPerOrder);
}

/** The ROOM side of a case: an item, the referred sales per month, the rank of a typical referrer. */
interface RoomInputs {
  genre: string;
  price: number;
  monthlySales: number;
  rank: Rank;
  /** A higher rank to compare with. */
  compareRank: Rank;
}

/** What the ROOM side computes to. */
interface RoomFigures {
  ratePct: number;
  /** One unit sold through a referrer at `rank` and at `compareRank`. */
  unit: LineResult;
  unitCompare: LineResult;
  /** Monthly reward per rank at the month's referred sales. */
  ranks: RankGain[];
  /** The same monthly totals by rank letter. */
  rankTotal: Record<Rank, number>;
  /** The shop's cost of one unit and of the month's referred sales (estimate: rate part + system fee). */
  costPerUnit: ShopCost;
  costPerMonth: ShopCost;
  rewardQuery: string;
  rankQuery: string;
}

function roomFigures(i: RoomInputs): RoomFigures {
  const ratePct = genreRate(i.genre);
  const feePct = systemFeePercent.value;
  const ranks = rankGains(rewardRules, { sales: i.monthlySales, avg: i.price, ratePct }, i.rank);
  return {
    ratePct,
    unit: lineReward(rewardRules, { rate: i.genre, price: i.price, qty: 1 }, i.rank),
    unitCompare: lineReward(rewardRules, { rate: i.genre, price: i.price, qty: 1 }, i.compareRank),
    ranks,
    rankTotal: Object.fromEntries(ranks.map((g) => [g.rank, g.total])) as Record<Rank, number>,
    costPerUnit: shopCost({ price: i.price, ratePct, feePct }),
    costPerMonth: shopCost({ price: i.monthlySales, ratePct, feePct }),
    rewardQuery: rewardQuery(rewardRules, { price: i.price, rate: i.genre, rank: i.compareRank }),
    rankQuery: rankQuery(rewardRules, { sales: i.monthlySales, avg: i.price, rate: i.genre, rank: i.rank }),
  };
}

/** A coupon plan with its result and link. */
interface CouponFigures {
  input: CouponInput;
  result: CouponResult;
  query: string;
}

function couponFigures(input: CouponInput): CouponFigures {
  return { input, result: couponBreakEven(input), query: couponQuery(input) };
}

/** A timeline with its events by id and link. */
interface TimelineFigures {
  params: Partial<TimelineParams>;
  events: Partial<Record<TimelineEvent["id"], string>>;
  query: string;
}

function timelineFigures(params: Partial<TimelineParams> & { order: string }): TimelineFigures {
  const plan = planTimeline({ ...timelineParams.defaults, ...params }, params.order);
  if (!plan.ok) throw new Error(plan.error);
  return {
    params,
    events: Object.fromEntries(plan.events.map((e) => [e.id, e.date])),
    query: timelineQuery(params),
  };
}

// ---------- Case 1: a small 雑貨 shop opens its ROOM shop account ----------

const zakkaRoom: RoomInputs = {
  genre: "interior",
  price: 2980,
  monthlySales: 90_000,
  rank: "B",
  compareRank: "S",
};
const zakkaRoomFigures = roomFigures(zakkaRoom);

/** 木と布の道具店 (invented): two people, one best-seller, ROOM from scratch. */
export const zakka = {
  name: "木と布の道具店",
  item: "木製のトレー",
  monitors: 5,
  room: { ...zakkaRoom, ...zakkaRoomFigures },
  /** Monthly fixed fee of the shop account (R-SNS) plus the referred sales' estimated cost. */
  monthlyTotal: roundYen(zakkaRoomFigures.costPerMonth.total) + rSnsMonthlyFee.value,
};

// ---------- Case 2: a mid-size food shop sets up post-purchase CRM ----------

const himonoCoupon300: CouponInput = { n: 1000, base: 7, lift: 10, aov: 4200, margin: 32, discount: 300 };
const himonoCoupon400: CouponInput = { ...himonoCoupon300, discount: 400 };

/** 海辺の干物屋 (invented): about 1,000 first-time buyers a month, gift and home use. */
export const himono = {
  name: "海辺の干物屋",
  item: "干物の詰め合わせ",
  firstTimeBuyers: himonoCoupon300.n,
  coupon300: couponFigures(himonoCoupon300),
  coupon400: couponFigures(himonoCoupon400),
  timeline: timelineFigures({
    order: "2026-03-06",
    ship: 1,
    transit: 2,
    review: 5,
    couponAfter: 7,
    coupon: 14,
    cycle: 45,
    closed: ["sat", "sun"],
  }),
};

// ---------- Case 3: an agency's client (cosmetics) weighs influencer PR and a 10%OFF coupon ----------

const tsukishiroRoom: RoomInputs = {
  genre: "beauty",
  price: 3300,
  monthlySales: 600_000,
  rank: "A",
  compareRank: "S",
};
const tsukishiroMargin = 55;
const tsukishiroDiscountPct = 10;
const sampleBox = prMenu.find((m) => m.key === "sample-box");
if (!sampleBox || sampleBox.cost.kind !== "from") throw new Error("PR menu: sample-box price missing");
const tsukishiroRoomFigures = roomFigures(tsukishiroRoom);
/** Gross profit of one ROOM-referred order after the affiliate cost (yen, not rounded). */
const tsukishiroProfitPerOrder =
  (tsukishiroRoom.price * tsukishiroMargin) / 100 - tsukishiroRoomFigures.costPerUnit.total;
const tsukishiroCoupon: CouponInput = {
  n: 800,
  base: 9,
  lift: 12,
  aov: tsukishiroRoom.price,
  margin: tsukishiroMargin,
  discount: (tsukishiroRoom.price * tsukishiroDiscountPct) / 100,
};

/** 月白コスメ (invented): a skincare brand an agency runs; considers a サンプルBOX PR and a 10%OFF coupon. */
export const tsukishiro = {
  name: "月白コスメ",
  item: "保湿美容液",
  margin: tsukishiroMargin,
  discountPct: tsukishiroDiscountPct,
  room: { ...tsukishiroRoom, ...tsukishiroRoomFigures },
  pr: { name: sampleBox.name, yen: sampleBox.cost.yen, status: sampleBox.status },
  /** Yen by which the compare-rank referrer's reward exceeds the shop's estimated cost of the unit (who pays it is unknown). */
  rewardOverCost:
    tsukishiroRoomFigures.unitCompare.total * yenPerPoint.value -
    roundYen(tsukishiroRoomFigures.costPerUnit.total),
  profitPerOrder: tsukishiroProfitPerOrder,
  ordersToRecoverPr: ordersToRecover(sampleBox.cost.yen, tsukishiroProfitPerOrder),
  coupon: couponFigures(tsukishiroCoupon),
};
