/** Entry point for facts: guides and calculators import from here, never from constants of their own. */
export * from "./schema";
export * from "./sources";
export * from "./reward";
export * from "./room";
export * from "./crm";
export * from "./tax";
export * from "./rules";
export * from "./economics";
export * from "./rms";
