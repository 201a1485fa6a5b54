/** Entry point for reward calculations (pure; the rules come in as data, see rules.ts and from-facts.ts). */
export * from "./rate";
export * from "./reward";
export * from "./rules";
