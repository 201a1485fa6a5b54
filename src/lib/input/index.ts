/** Entry point for input normalisation: numbers and dates typed the Japanese way. */
export * from "./result";
export * from "./number";
export * from "./date";
