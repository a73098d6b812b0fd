/// <reference types="vite/client" />

/** crxjs: a content script imported with `?script` is built on its own, and the import is its file's path. */
declare module '*?script' {
  const file: string;
  export default file;
}
