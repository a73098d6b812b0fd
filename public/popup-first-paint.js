// @ts-check
/*
 * The popup's first paint, before any module loads: a classic script (MV3 allows no inline script) that reads
 * the copy the popup kept of what it last showed (src/popup/first-paint-copy.ts writes it) from localStorage,
 * synchronously, and writes it as text with the popup's own classes, then loads the popup's module (in the
 * build the page has no module tag of its own) once the browser has painted it. The module (main.tsx) renders into the
 * hidden #app meanwhile and swaps it in once it has the worker's numbers. A copy of another version, of
 * another New York day (its ages in days would be wrong), in another language than the one the popup reads
 * now, or of any other shape paints nothing: the popup then shows its usual busy state.
 * Self-contained on purpose: it lives in public/ and is copied as it is. Its elements carry the popup's classes
 * (the same look) but data-ll-copy-* names, so nothing that finds the popup's cards finds the copy instead.
 */
(function paintCopy() {
  // Read now: document.currentScript is this script only while it runs.
  const loader = document.currentScript;
  /** @param {unknown} x */
  const str = (x) => typeof x === 'string';
  /** @param {unknown} x */
  const strOrNull = (x) => x === null || typeof x === 'string';
  const DATE = /^\d{4}-\d{2}-\d{2}$/;
  const STATES = ['ample', 'adequate', 'tight', 'stressed'];
  const STATUSES = ['ok', 'stale', 'error'];

  /** @param {any} c */
  function cardOk(c) {
    if (!c || typeof c !== 'object') return false;
    if (![c.id, c.label, c.value, c.asOfText, c.arrow, c.change, c.tone, c.toneWord, c.status, c.lastGood, c.spark].every(str)) return false;
    if (!strOrNull(c.asOf) || !strOrNull(c.statusWord) || !strOrNull(c.note) || !STATUSES.includes(c.status)) return false;
    if (!c.source || !str(c.source.name) || !str(c.source.url) || !/^https:\/\//.test(c.source.url)) return false;
    // A number only with its date (its unit is in the formatted value); a missing one says so.
    if (c.value === '' || (c.value !== '—' && !(c.asOf && DATE.test(c.asOf) && c.asOfText.startsWith(c.asOf)))) return false;
    // A stale or failed source is marked, as the card marks it.
    return c.status === 'ok' ? c.statusWord === null : !!c.statusWord;
  }

  /** @param {unknown} x */
  const size = (x) => typeof x === 'number' && x >= 0 && x <= 2000;
  /** An SVG path of moves and lines in whole pixels and tenths, nothing else. */
  const PATH = /^M\d+ \d+(\.\d)?(L\d+ \d+(\.\d)?)*$/;

  /** The last opened chart (ChartCopy in src/popup/first-paint-copy.ts): null is none; anything else refuses the copy. @param {any} c @param {string} today */
  function chartOk(c, today) {
    if (c === null) return true;
    if (!c || typeof c !== 'object' || ![c.id, c.range, c.path, c.top, c.bottom, c.readout].every(str)) return false;
    if (![c.from, c.to, c.asOf].every((d) => str(d) && DATE.test(d)) || c.asOf > today || c.from > c.to) return false;
    const p = c.plot;
    if (![c.width, c.height].every(size) || !p || ![p.left, p.top, p.width, p.height].every(size)) return false;
    // A line with its date: the readout is the newest point's date and value, as the chart's own first readout.
    return c.path.length < 20000 && PATH.test(c.path) && c.readout.startsWith(`${c.asOf} · `);
  }

  /** @param {any} x @param {string} lang @param {string} today */
  function copyOk(x, lang, today) {
    if (!x || typeof x !== 'object' || x.v !== 2 || x.lang !== lang || x.day !== today || !chartOk(x.chart, today)) return false;
    if (![x.htmlLang, x.heading, x.openOptions].every(str) || !Array.isArray(x.cards) || !x.cards.length || !x.cards.every(cardOk)) return false;
    const g = x.gauge;
    return !!g && STATES.includes(g.state) && [g.label, g.word, g.none, g.allRules].every(str) && strOrNull(g.since)
      && Array.isArray(g.reasons) && g.reasons.every((/** @type {any} */ r) => r && str(r.text) && str(r.why) && DATE.test(r.asOf));
  }

  /**
   * @param {string} tag
   * @param {Record<string, string>} [attrs]
   * @param {Array<Node | string>} [kids]
   */
  function el(tag, attrs = {}, kids = []) {
    const e = ['svg', 'path', 'rect', 'text'].includes(tag) ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
    for (const k in attrs) e.setAttribute(k, /** @type {string} */ (attrs[k]));
    e.append(...kids);
    return e;
  }

  /** @param {any} c */
  function card(c) {
    const spark = el('svg', { class: 'spark', width: '72', height: '22', viewBox: '0 0 72 22', 'aria-hidden': 'true', focusable: 'false' },
      c.spark ? [el('path', { d: c.spark, fill: 'none', stroke: 'currentColor', 'stroke-width': '1.5', 'stroke-linejoin': 'round' })] : []);
    const change = c.change ? [el('span', { 'aria-hidden': 'true' }, [`${c.arrow} `]), c.change, el('span', { class: 'sr-only' }, [` ${c.toneWord}`])] : [];
    const kids = [
      el('button', { type: 'button', class: 'card-main' }, [
        el('span', { class: 'card-title' }, [c.label]),
        el('span', { class: 'card-value', 'data-ll-copy-value': '', elementtiming: 'll-copy-numbers' }, [c.value]),
        el('span', { class: 'card-sub' }, [el('span', { class: c.asOf ? 'asof' : 'asof missing' }, [c.asOfText])]),
        el('span', { class: `card-change tone-${c.tone}` }, change),
        el('span', { class: 'card-spark' }, [spark]),
      ]),
      el('div', { class: 'card-foot' }, [
        el('a', { href: c.source.url, class: 'source', target: '_blank', rel: 'noopener noreferrer' }, [c.source.name]),
        ...(c.note ? [el('span', { class: 'note' }, [c.note])] : []),
      ]),
    ];
    if (c.statusWord) kids.push(el('details', { class: 'status', 'data-ll-copy-status': c.status }, [el('summary', {}, [el('strong', {}, [c.statusWord]), c.lastGood])]));
    return el('article', { class: 'card', 'data-ll-copy-card': c.id, 'data-status': c.status }, kids);
  }

  /**
   * The chart as uPlot last drew it: its line, the values at its top and bottom edge and the dates at its ends,
   * and its readout (the newest point's date and value). A picture only, until uPlot draws over it.
   * @param {any} c
   */
  function chart(c) {
    const p = c.plot;
    const label = (/** @type {string} */ text, /** @type {number} */ x, /** @type {number} */ y, anchor = 'end') =>
      el('text', { x: String(x), y: String(y), 'text-anchor': anchor }, [text]);
    const svg = el('svg', { width: String(c.width), height: String(c.height), viewBox: `0 0 ${c.width} ${c.height}`, 'aria-hidden': 'true', focusable: 'false' }, [
      el('rect', { x: String(p.left), y: String(p.top), width: String(p.width), height: String(p.height) }),
      el('path', { d: c.path, transform: `translate(${p.left} ${p.top})` }),
      label(c.top, p.left - 4, p.top + 10),
      label(c.bottom, p.left - 4, p.top + p.height),
      label(c.from, p.left, p.top + p.height + 14, 'start'),
      label(c.to, p.left + p.width, p.top + p.height + 14),
    ]);
    return el('div', { class: 'chart' }, [
      el('div', { class: 'chart-copy', 'data-ll-copy-chart': c.id, 'data-range': c.range }, [
        el('div', { class: 'chart-copy-bar' }), // where the chart's range buttons will be: the line stays put
        svg,
        el('p', { class: 'readout', elementtiming: 'll-copy-chart' }, [c.readout]),
      ]),
    ]);
  }

  /** @param {any} x */
  function paint(x) {
    const g = x.gauge;
    const reasons = g.reasons.length
      ? el('ul', { class: 'reasons' }, g.reasons.map((/** @type {any} */ r) => el('li', { title: r.why }, [`${r.text} `, el('span', { class: 'muted' }, [`(${r.asOf})`])])))
      : el('p', { class: 'reasons' }, [g.none]);
    const gauge = el('section', { class: 'gauge', 'data-state': g.state }, [
      el('div', { class: 'gauge-head' }, [
        el('h2', { class: 'gauge-title' }, [`${g.label}: `, el('strong', { class: 'gauge-state', elementtiming: 'll-copy-numbers' }, [g.word])]),
        ...(g.since ? [el('span', { class: 'muted' }, [g.since])] : []),
      ]),
      reasons,
      el('details', { class: 'rules' }, [el('summary', {}, [g.allRules])]),
    ]);
    // Inert: it is a picture of the popup for the few milliseconds until the popup itself is in.
    // The chart only for a popup opened on it (?open=<id>), as the popup itself opens it.
    const open = new URLSearchParams(location.search).get('open');
    const withChart = x.chart && x.chart.id === open ? x.chart : null;
    const copy = el('main', { id: 'll-copy', 'data-ll-copy': x.day, inert: '' }, [
      el('header', { class: 'top' }, [el('h1', {}, [x.heading]), el('button', { type: 'button', class: 'link' }, [x.openOptions])]),
      gauge,
      el('div', { class: 'cards', 'aria-busy': 'true' }, x.cards.flatMap((/** @type {any} */ c) => (withChart && c.id === withChart.id ? [card(c), chart(withChart)] : [card(c)]))),
    ]);
    const app = document.getElementById('app');
    if (!app) return;
    document.documentElement.lang = x.htmlLang;
    app.hidden = true;
    app.before(copy);
    performance.mark('ll-copy-painted');
  }

  /**
   * The popup's module and its preloads (their hashed URLs written onto this script by the build,
   * scripts/vite-popup-module-after-paint.ts; a dev server's page keeps its own module tag, and then there is
   * none). After a painted copy they wait for the browser's first paint (the paint timing entry: the copy is on
   * the screen): a module in the page ran before the first frame, and its files, fetched beside this script and
   * the stylesheet, delayed both; even fetched from the first frame on they slowed its way to the screen. The
   * timer covers a page that gets no paint (hidden).
   */
  const startModule = () => {
    const src = loader && loader.dataset.module;
    if (!src || document.querySelector('script[data-ll-popup-module]')) return;
    for (const href of (loader.dataset.preload || '').split(' ').filter(Boolean)) document.head.append(el('link', { rel: 'modulepreload', href }));
    document.body.append(el('script', { type: 'module', src, 'data-ll-popup-module': '' }));
  };

  let painted = false;
  try {
    const lang = localStorage.getItem('ll-lang'); // the language the popup read last (src/ui/i18n.ts)
    const raw = localStorage.getItem('ll-popup-copy');
    if (raw && lang) {
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(Date.now());
      const x = JSON.parse(raw);
      if (copyOk(x, lang, today)) {
        paint(x);
        painted = true;
      }
    }
  } catch {
    // a copy that cannot be read paints nothing; the popup paints as without it
  }
  if (!painted) startModule();
  else {
    new PerformanceObserver((list, observer) => {
      observer.disconnect();
      startModule();
    }).observe({ type: 'paint' });
    setTimeout(startModule, 1000);
  }
})();
