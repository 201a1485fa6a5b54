/** Entry point for rank comparisons (pure; reads facts and the reward core). */
export * from "./rank";
