/** The part of mark.js the benchmark uses (the package ships no types). */
declare module 'mark.js' {
  interface MarkOptions {
    separateWordSearch?: boolean;
    accuracy?: 'partially' | 'complementary' | 'exactly';
    exclude?: string[];
    done?: (marks: number) => void;
  }
  export default class Mark {
    constructor(ctx: Element | Element[] | string);
    mark(keywords: string | string[], options?: MarkOptions): void;
    unmark(options?: { done?: () => void }): void;
  }
}
