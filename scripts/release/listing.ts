/** The store listing's languages and its screenshots, in their order. */
export const STORE_LANGS = ['en', 'zh_TW', 'zh_CN'] as const;
export const SHOTS = ['1-popup', '2-badges', '3-claims', '4-options'] as const;
