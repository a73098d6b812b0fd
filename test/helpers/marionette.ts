/**
 * Real Firefox driven over Marionette, its own automation protocol. WebDriver BiDi (puppeteer) cannot open
 * an extension's own pages; Marionette can: it installs the add-on, opens its options page and popup, and
 * from the browser's chrome context opens a tab behind another, as the toolbar popup would see it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Marionette {
  /** Sends a command and returns its result (throws the error Firefox answers with). */
  send<T = any>(name: string, params?: Record<string, unknown>): Promise<T>;
  /** Runs a script in the current context (content or chrome); `args` arrive as `arguments`. */
  run<T = any>(script: string, ...args: unknown[]): Promise<T>;
  /** Runs an async script: it ends by calling `arguments[arguments.length - 1](value)`. */
  runAsync<T = any>(script: string, ...args: unknown[]): Promise<T>;
  context(which: 'content' | 'chrome'): Promise<void>;
  close(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });

export async function startFirefox(exe: string, prefs: Record<string, unknown>): Promise<Marionette> {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'll-marionette-'));
  const all = { ...prefs, 'marionette.port': port, 'browser.shell.checkDefaultBrowser': false, 'browser.startup.homepage_override.mstone': 'ignore', 'datareporting.policy.dataSubmissionEnabled': false, 'toolkit.telemetry.reportingpolicy.firstRun': false, 'browser.aboutwelcome.enabled': false };
  writeFileSync(join(profile, 'user.js'), Object.entries(all).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`).join('\n'));
  const child: ChildProcess = spawn(exe, ['--marionette', '--remote-allow-system-access', '--headless', '--no-remote', '--profile', profile], { stdio: 'ignore' });
  let sock: Socket | null = null;
  for (let i = 0; i < 100 && !sock; i++) {
    sock = await new Promise<Socket | null>((ok) => {
      const s = connect(port, '127.0.0.1', () => ok(s));
      s.on('error', () => ok(null));
    });
    if (!sock) await new Promise((r) => setTimeout(r, 200));
  }
  if (!sock) throw new Error('Marionette did not answer');
  let buf = '';
  const waiting: Array<{ ok: (m: any) => void; fail: (e: Error) => void }> = [];
  sock.on('data', (d) => {
    buf += d.toString();
    for (;;) {
      const i = buf.indexOf(':');
      if (i < 0) return;
      const len = Number(buf.slice(0, i));
      if (Buffer.byteLength(buf.slice(i + 1)) < len) return;
      // Lengths are in bytes: cut by bytes.
      const rest = Buffer.from(buf.slice(i + 1));
      waiting.shift()?.ok(JSON.parse(rest.subarray(0, len).toString()));
      buf = rest.subarray(len).toString();
    }
  });
  // A Firefox that goes away fails what waits on it at once; one that stops answering, in a minute.
  sock.on('close', () => {
    for (const w of waiting.splice(0)) w.fail(new Error('Marionette: connection closed'));
  });
  const next = (ms = 60_000) =>
    new Promise<any>((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`Marionette: no answer in ${ms / 1000} s`)), ms);
      waiting.push({ ok: (m) => (clearTimeout(timer), ok(m)), fail: (e) => (clearTimeout(timer), fail(e)) });
    });
  await next(); // the greeting
  let id = 0;
  const send = async <T>(name: string, params: Record<string, unknown> = {}, ms?: number): Promise<T> => {
    const reply = next(ms);
    const body = JSON.stringify([0, ++id, name, params]);
    sock!.write(`${Buffer.byteLength(body)}:${body}`);
    const [, , error, result] = await reply;
    if (error) throw new Error(`${name}: ${error.error}: ${error.message}`);
    return (result?.value ?? result) as T;
  };
  await send('WebDriver:NewSession', { acceptInsecureCerts: true });
  return {
    send,
    run: (script, ...args) => send('WebDriver:ExecuteScript', { script, args }),
    runAsync: (script, ...args) => send('WebDriver:ExecuteAsyncScript', { script, args }),
    context: (value) => send('Marionette:SetContext', { value }).then(() => undefined),
    async close() {
      // Quitting can hang in a shutdown (CI saw it): ask once, briefly, then make sure the process is gone.
      const exited = new Promise<void>((ok) => (child.exitCode !== null || child.signalCode !== null ? ok() : child.once('exit', () => ok())));
      await send('Marionette:Quit', { flags: ['eForceQuit'] }, 10_000).catch(() => undefined);
      sock!.destroy();
      const gone = (ms: number) => Promise.race([exited.then(() => true), new Promise<boolean>((ok) => setTimeout(() => ok(false), ms))]);
      if (!(await gone(10_000))) {
        child.kill('SIGKILL');
        await gone(10_000);
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `f` until it gives something (every 200 ms, 100 tries unless told), which it returns, or fails saying what was waited for. */
export async function until<T>(f: () => Promise<T | undefined | false | null>, what: string, tries = 100): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const v = await f().catch(() => undefined);
    if (v) return v;
    await sleep(200);
  }
  throw new Error(`timed out: ${what}`);
}

/** The handles of every tab and window Marionette sees. */
export const windowHandles = (ff: Marionette): Promise<string[]> => ff.send('WebDriver:GetWindowHandles');

/** Waits for an element to appear (or, with `gone`, to go) in the current tab, polling: a page may still be replacing its document. */
export async function waitForElement(ff: Marionette, css: string, gone = false): Promise<boolean> {
  await until(async () => (await ff.run<boolean>('return !!document.querySelector(arguments[0])', css)) !== gone, `${css} ${gone ? 'gone' : 'shown'}`);
  return true;
}

/** Works in the tab `handle`, leaving the window's focus as it is. */
export const useTab = (ff: Marionette, handle: string) => ff.send('WebDriver:SwitchToWindow', { handle, focus: false });

/** Opens a tab (a web page or one of the extension's own), works in it once its page is loaded; `behind` leaves the current tab in front. */
export async function openTab(ff: Marionette, url: string, behind = false): Promise<string> {
  const before: string[] = await ff.send('WebDriver:GetWindowHandles');
  await ff.context('chrome');
  await ff.run(
    `const [url, behind] = arguments;
     const t = gBrowser.addTab(url, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });
     if (!behind) gBrowser.selectedTab = t;`,
    url,
    behind,
  );
  await ff.context('content');
  let handle: string | undefined;
  for (let i = 0; i < 50 && !handle; i++) {
    handle = ((await ff.send('WebDriver:GetWindowHandles')) as string[]).find((h) => !before.includes(h));
    if (!handle) await sleep(100);
  }
  await useTab(ff, handle!);
  // A new tab holds about:blank, complete, before the page arrives: wait for the page itself.
  await until(async () => (await ff.run('return location.href === arguments[0] && document.readyState', url)) === 'complete', `${url} loaded`);
  return handle!;
}

/** A real click (user input: what permissions.request needs), on a CSS or an XPath selector. */
export async function click(ff: Marionette, selector: string): Promise<void> {
  const el = await ff.send('WebDriver:FindElement', selector.startsWith('//') ? { using: 'xpath', value: selector } : { using: 'css selector', value: selector });
  await ff.send('WebDriver:ElementClick', { id: el['element-6066-11e4-a52e-4f735466cecb'] ?? Object.values(el)[0] });
}

/** Calls the extension API from one of its pages (the current tab): `call` is an expression on `b` (the page's `browser`). */
export const extensionApi = <T>(ff: Marionette, call: string): Promise<T> =>
  ff.runAsync(`const done = arguments[arguments.length - 1]; const b = window.browser; Promise.resolve(${call}).then(done, (e) => done('error: ' + e));`);
