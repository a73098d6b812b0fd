/**
 * The article's text read while the worker answers page/open. Reading a block (folding its text and finding the
 * dictionary's hits in it) depends on nothing the answer brings, and it is most of the first scan's work before
 * the first pill; the main thread is otherwise idle in that wait. So the blocks of the article's roots are read
 * then, in slices, until the answer comes (`stop`) or EAGER_CHARS are read; the scan takes each block's reading
 * from here instead of doing it again. Nothing on the page is touched.
 */
import { compiledDictionary, findHits, fold, type Hit } from '../core/terms/matcher';
import { Slicer } from './slices';
import { collectBlocks } from './walk';

export interface ReadText {
  text: string;
  hits: Hit[];
}

export class ReadAhead {
  private readonly found = new Map<string, ReadText>();
  private stopped = false;
  /** Blocks whose reading the scan took from here (the tests read it through page/scan). */
  taken = 0;

  constructor(roots: readonly Element[], limitChars: number) {
    void this.read(roots, limitChars).catch(() => undefined);
  }

  /** The answer came: read no more (what was read stays to be taken). */
  stop(): void {
    this.stopped = true;
  }

  /** The first scan has taken what it needed: let the rest go. */
  clear(): void {
    this.stopped = true;
    this.found.clear();
  }

  /** The reading of a block's text with the built-in dictionary, if it was read here. */
  take(raw: string): ReadText | undefined {
    const r = this.found.get(raw);
    if (r) {
      this.found.delete(raw);
      this.taken++;
    }
    return r;
  }

  private async read(roots: readonly Element[], limitChars: number): Promise<void> {
    // Yield first: the message to the worker is sent, and the dictionary compiled, before any of this.
    const slicer = new Slicer({ slices: 0, busyMs: 0, longestMs: 0 });
    if (!(await slicer.next()) || this.stopped) return;
    const dict = compiledDictionary();
    let chars = 0;
    for (const root of roots) {
      for (const b of collectBlocks(root)) {
        if (slicer.due() && (!(await slicer.next()) || this.stopped)) return;
        if (this.stopped || chars >= limitChars) return;
        const text = fold(b.text);
        this.found.set(b.text, { text, hits: findHits(text, dict) });
        chars += b.text.length;
      }
    }
  }
}
