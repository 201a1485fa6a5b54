/** Entry point for shop economics (pure: rates and fees come in as numbers, from the facts or the user). */
export * from "./shop-cost";
export * from "./format";
