/** Chrome's message rules: `$1`…`$9` are substitutions, `$$` is a dollar sign. */
export function substitute(message: string, subs: ReadonlyArray<string | number>): string {
  return message.replace(/\$(\$|[1-9])/g, (_, c: string) => (c === '$' ? '$' : String(subs[Number(c) - 1] ?? '')));
}

/** A message file's shape (`_locales/<lang>/messages.json`). */
export type Catalogue = Record<string, { message: string }>;
