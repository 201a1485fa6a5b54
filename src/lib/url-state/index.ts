/** Entry point for URL state: parameter specs, builders, parse and serialize. */
export * from "./define";
export * from "./builders";
