/**
 * The extension API for the content script without webextension-polyfill: the content script must be
 * one self-contained file (no chunk shared with the extension pages, so no loader and no web-accessible
 * resources for any site). Firefox's `browser` and Chrome's MV3 `chrome` both return promises.
 */
import type Browser from 'webextension-polyfill';

export const ext = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as typeof Browser;

type Reply = (answer: unknown) => void;

/**
 * Answers a message of one type from the extension itself (its worker or popup) synchronously through
 * sendResponse, which both browsers support for every version we run on; anything else gets no answer.
 */
export function answerOwnPages(type: string, answer: (message: unknown) => unknown): void {
  const onMessage = ext.runtime.onMessage as unknown as { addListener(f: (m: unknown, sender: { id?: string }, reply: Reply) => void): void };
  onMessage.addListener((m, sender, reply) => {
    if (sender.id === ext.runtime.id && (m as { type?: unknown } | null)?.type === type) reply(answer(m) ?? null);
  });
}
