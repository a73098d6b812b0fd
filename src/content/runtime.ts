/**
 * The extension API for the content script without webextension-polyfill: the content script must be
 * one self-contained file (no chunk shared with the extension pages, so no loader and no web-accessible
 * resources for any site). Firefox's `browser` and Chrome's MV3 `chrome` both return promises.
 */
import type Browser from 'webextension-polyfill';

export const ext = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as typeof Browser;
