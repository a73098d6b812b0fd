/**
 * How many days the calendar covers: on their own, so that the popup can read them without loading the
 * calendar's rules and the message catalogues with them.
 */
export const DEFAULT_DAYS = 14;
export const MAX_DAYS = 60;
