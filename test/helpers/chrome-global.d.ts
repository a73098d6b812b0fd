/** `chrome` exists inside the pages and the worker that tests evaluate code in (never in Node). */
declare const chrome: any;
