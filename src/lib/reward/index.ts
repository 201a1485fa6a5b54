/** Entry point for reward calculations (pure; reads facts only). */
export * from "./assumptions";
export * from "./rate";
export * from "./reward";
