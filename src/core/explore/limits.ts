/**
 * The exhaustive walk's default limits, on their own so that the command line can show them
 * in `khasan explore --help` without loading the explorer at every start.
 */
export const DEFAULT_MAX_DEPTH = 1000;
export const DEFAULT_MAX_STATES = 2_000_000;
