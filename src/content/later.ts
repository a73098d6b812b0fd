/**
 * Blocks left for later on a long page, read when the reader scrolls near them. One passive scroll listener,
 * run at most once a frame, finds the blocks within a screen of the viewport by bisection (a few rectangles a
 * frame). An IntersectionObserver on thousands of paragraphs would cost the page 15–45 ms in every frame
 * computing intersections (measured in a Chromium trace of the 10,000-paragraph bench page).
 */
import { visibleRange, type Block } from './walk';

export class LaterBlocks {
  /** In document order. */
  private blocks: Block[] = [];
  private frame = 0;

  constructor(private readonly onNear: (blocks: Block[]) => void, signal: AbortSignal) {
    // Capture: scrolling inside a scrolled container counts too.
    addEventListener('scroll', this.schedule, { passive: true, capture: true, signal });
    addEventListener('resize', this.schedule, { passive: true, signal });
    signal.addEventListener('abort', () => {
      cancelAnimationFrame(this.frame);
      this.blocks = [];
    }, { once: true });
  }

  get size(): number {
    return this.blocks.length;
  }

  /** Blocks of one scan, in document order among themselves. */
  add(blocks: Block[]): void {
    if (!blocks.length) return;
    const last = this.blocks[this.blocks.length - 1];
    this.blocks.push(...blocks);
    // A scan of text added above what waits (rare): back into document order.
    if (last && last.element.compareDocumentPosition(blocks[0]!.element) & Node.DOCUMENT_POSITION_PRECEDING) {
      this.blocks.sort((a, b) => (a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    }
    this.schedule();
  }

  /** Looks again at the next frame (after a scroll, a resize, or a scan that moved the text). */
  readonly schedule = (): void => {
    if (!this.frame && this.blocks.length) this.frame = requestAnimationFrame(this.check);
  };

  private readonly check = (): void => {
    this.frame = 0;
    this.blocks = this.blocks.filter((b) => b.element.isConnected);
    const [first, last] = visibleRange(this.blocks, window.innerHeight);
    if (last < first) return;
    this.onNear(this.blocks.splice(first, last - first + 1));
  };
}
