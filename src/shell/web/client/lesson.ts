/**
 * The lesson pages (projector, student, teacher): placeholder until the lesson client lands.
 */
export {};
