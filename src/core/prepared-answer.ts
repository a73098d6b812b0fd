/**
 * The popup's prepared answer (storage.local `preparedAnswer`: the worker's latest answer for today, for the
 * popup's first paint) carries its version as `v` beside the answer's own fields. Version 1 is the answer as
 * every build so far wrote it (those before this one without `v`); a later build that changes it raises `v`,
 * and this one then neither paints from it nor writes over it (core/newer.ts).
 */
export const PREPARED_ANSWER_VERSION = 1;
