/** Entry point for coupon economics (pure; no facts needed: every figure is the user's own). */
export * from "./coupon";
export * from "./table";
