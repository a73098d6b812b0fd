/**
 * Words to be put in the reader's language later: a message key and its substitutions (which may be words
 * themselves). Computed rows and statuses keep these, not text, so a reason reads in 繁體中文 or 简体中文 as
 * well as in English, and only what is shown is ever put into words (core/messages.ts `words`).
 */
export interface Say {
  key: string;
  subs?: ReadonlyArray<string | number | Say>;
}

export function say(key: string, ...subs: Array<string | number | Say>): Say {
  return subs.length ? { key, subs } : { key };
}
