/**
 * Which text the content script reads (src/content/walk.ts), on real DOMs (jsdom): the page's top-level
 * <article> elements, else <main>, else the body; never forms, asides, navigation, page headers and footers,
 * hidden or editable parts — but an article's own <header>, with its headline.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleRoots, collectBlocks, inFurniture } from '../../src/content/walk';

function read(body: string): { roots: string[]; texts: string[] } {
  const dom = new JSDOM(`<!doctype html><html><body>${body}</body></html>`);
  const g = globalThis as { NodeFilter?: unknown };
  g.NodeFilter = dom.window.NodeFilter;
  const roots = articleRoots(dom.window.document);
  return { roots: roots.map((r) => r.tagName.toLowerCase()), texts: roots.flatMap((r) => collectBlocks(r).map((b) => b.text.trim()).filter(Boolean)) };
}

describe('where the scan reads', () => {
  it('the top-level <article> elements when the page marks any (not one nested in another, not one in an aside)', () => {
    const r = read('<main><p>main text</p><article><p>one</p><article><p>nested</p></article></article><aside><article><p>promo</p></article></aside><article><p>two</p></article></main>');
    expect(r.roots).toEqual(['article', 'article']);
    expect(r.texts).toEqual(['one', 'nested', 'two']);
  });

  it('else <main> (or role=main), else the body', () => {
    expect(read('<div><p>site</p></div><main><p>story</p></main>')).toEqual({ roots: ['main'], texts: ['story'] });
    expect(read('<div role="main"><p>story</p></div><p>outside</p>').roots).toEqual(['div']);
    expect(read('<p>only the body</p>')).toEqual({ roots: ['body'], texts: ['only the body'] });
  });

  it('with neither, the element whose own paragraphs hold the most text (pages built of <div>s), not one named as furniture', () => {
    const story = '<p>The Federal Reserve said bank reserves fell to $2.9 trillion this week.</p><p>Money markets were calm, and the repo rate held near the floor of the range.</p>';
    const disclaimer = '<p>Nothing on this site is investment advice. Prices are delayed and provided by third parties without any warranty of any kind.</p><p>Copyright reserved.</p>';
    const r = read(`<div class="nav"><p>Home</p></div><div id="story">${story}</div><div id="disclaimer_box">${disclaimer}</div>`);
    expect(r.texts).toEqual(['The Federal Reserve said bank reserves fell to $2.9 trillion this week.', 'Money markets were calm, and the repo rate held near the floor of the range.']);
    // Named as furniture on an ancestor, or skipped (an <aside>), it is never the story, however long.
    expect(read(`<div id="story"><p>${'Short story text here. '.repeat(6)}</p></div><div class="site-footer"><div>${disclaimer}${disclaimer}</div></div>`).texts).toEqual(['Short story text here. '.repeat(6).trim()]);
    expect(read(`<div id="story"><p>${'Short story text here. '.repeat(6)}</p></div><aside><div>${disclaimer}${disclaimer}</div></aside>`).roots).toEqual(['div']);
    // Paragraphs each in a wrapper of their own: the element around the wrappers, all of them read.
    const wrapped = read(`<div class="nav"><p>Home</p></div><div id="story">${['First', 'Second', 'Third', 'Fourth'].map((w) => `<div class="para"><p>${w} paragraph of the story, long enough to count as one on its own, or nearly.</p></div>`).join('')}</div>`);
    expect(wrapped.texts).toEqual(['First', 'Second', 'Third', 'Fourth'].map((w) => `${w} paragraph of the story, long enough to count as one on its own, or nearly.`));
    // Too little paragraph text anywhere: the body.
    expect(read('<div><p>Just a caption.</p></div><span>and more</span>').roots).toEqual(['body']);
    // <article> and <main> still come first, however little they hold.
    expect(read(`<main><p>Brief.</p></main><div>${story}${story}</div>`)).toEqual({ roots: ['main'], texts: ['Brief.'] });
  });

  it('skips forms, asides, navigation, the page’s header and footer, hidden and editable parts; reads the article’s own header', () => {
    const r = read(`<header><h1>Site name</h1></header><nav><p>menu</p></nav>
      <article><header><h1>The headline</h1><p class="byline">By a reporter</p></header>
        <p>body text</p>
        <form><p>newsletter sign-up</p></form>
        <aside><p>related stories</p></aside>
        <div hidden><p>hidden</p></div><div aria-hidden="true"><p>aria hidden</p></div>
        <div contenteditable="true"><p>a comment being written</p></div>
        <div role="navigation"><p>more links</p></div>
        <footer><p>article footer</p></footer>
      </article><footer><p>site footer</p></footer>`);
    expect(r.texts).toEqual(['The headline', 'By a reporter', 'body text']);
  });

  it('a teaser card marked up as <article> (a linked headline and a date) is not a root; a post with sentences of its own is', () => {
    const card = (n: number) => `<article><a href="/post/${n}"><h2>Story ${n}</h2></a><div>Nov 08, 2025 • Policy</div></article>`;
    const post = '<article><h2><a href="/post/9">Live: the Fed</a></h2><p>The Federal Reserve said bank reserves fell again this week, the New York Fed added.</p></article>';
    const r = read(`<main>${card(1)}${card(2)}${post}<article><h1>The story</h1><p>Its own text.</p></article></main>`);
    expect(r.roots).toEqual(['article', 'article']);
    expect(r.texts).toEqual(['Live: the Fed', 'The Federal Reserve said bank reserves fell again this week, the New York Fed added.', 'The story', 'Its own text.']);
    // A page of cards only (a section front): no article, so <main>; its cards' linked headlines (links around blocks) are not read.
    expect(read(`<main><p>Section intro.</p>${card(1)}${card(2)}</main>`)).toEqual({ roots: ['main'], texts: ['Section intro.', 'Nov 08, 2025 • Policy', 'Nov 08, 2025 • Policy'] });
  });

  it('a link around whole blocks (a card of another story) is not read; a link inside a sentence is', () => {
    const r = read('<main><p>The <a href="/x">Fed’s balance sheet</a> shrank.</p><div><a href="/y"><h4>Fed’s Miran says policy needs to adjust</h4><span>Nov 7, 2025</span></a></div></main>');
    expect(r.texts).toEqual(['The Fed’s balance sheet shrank.']);
  });
  it('a rail of teasers whose headline links a section label beside the title (<h3><div><a>Section</a></div><a>Title</a></h3>) is no root', () => {
    const card = (n: number) => `<article class="more-posts-view archive-view"><figure><a href="/2023/11/08/story-${n}/"><img alt=""></a></figure><div class="article-info"><header><h3 class="entry-title"><div class="entry-section"><a href="/news/business/">Business | </a></div><a class="article-title" href="/2023/11/08/story-${n}/"><span>Treasury yields climb as the Fed holds rates, story ${n}</span></a></h3></header></div></article>`;
    const r = read(`<main><article class="full-view"><h1>The story</h1><p>The Federal Reserve left rates unchanged on Wednesday, its statement said.</p></article><div class="more-news">${card(1)}${card(2)}</div></main>`);
    expect(r.roots).toEqual(['article']);
    expect(r.texts).toEqual(['The story', 'The Federal Reserve left rates unchanged on Wednesday, its statement said.']);
  });

  it('inside the story, parts named as furniture are not read: comments, related stories, newsletter sign-ups, calls to action, copyright, disclosures', () => {
    const story = '<p>The Federal Reserve said bank reserves fell to $2.9 trillion this week, the lowest in a year.</p><p>Money markets were calm, and the repo rate held near the floor of the range.</p>';
    const r = read(`<article class="post">${story}
      <section class="related-posts"><h3>Related</h3><p>Dollar slides as Treasury yields fall to 4.1%</p></section>
      <div class="wp-block-newsletter"><strong>Join our Newsletter</strong></div>
      <div class="article-donation-CTA"><p>We rely on your support to make local news available to all</p></div>
      <div class="copyright">© 2020 A Publisher Inc.</div>
      <p class="disclosure">We recommend the best products through an independent review process.</p>
      <div id="comments" class="comments-area"><h3 id="reply-title">Leave a Reply</h3><p>Great piece on reserves!</p></div>
      <div id="article_comments"><ol><li>Some comments may be republished.</li></ol></div></article>`);
    expect(r.texts).toEqual(['The Federal Reserve said bank reserves fell to $2.9 trillion this week, the lowest in a year.', 'Money markets were calm, and the repo rate held near the floor of the range.']);
    // Not an opinion piece's "commentary", nor a paywalled "subscriber" part …
    for (const name of ['article-commentary', 'subscriber-content']) expect(read(`<article>${story}<div class="${name}"><p>The rest of the story.</p></div></article>`).texts, name).toHaveLength(3);
    // … nor a wrapper named as furniture that holds most of the story.
    expect(read(`<article><div class="entry has-share-bar">${story}</div><p>Byline.</p></article>`).texts).toHaveLength(3);
  });

  it('an inline script\'s text does not count towards "half the root": a story wrapper named "has-share-tools" beside Next.js\'s __NEXT_DATA__ is read', () => {
    // Guards: textContent counts script, style and template bodies, which are no text of the page.
    const story = '<p>Bank reserves at the Fed fell to $2.88 trillion this week, the lowest since the summer.</p><p>Second paragraph.</p>';
    const data = `<script id="__NEXT_DATA__" type="application/json">{"x":"${'a'.repeat(5000)}"}</script><style>${'.a{color:red}'.repeat(300)}</style>`;
    expect(read(`<main>${data}<h1>Reserves slide</h1><div class="story-body has-share-tools">${story}</div></main>`).texts).toContain('Bank reserves at the Fed fell to $2.88 trillion this week, the lowest since the summer.');
    // The neighbour: a share bar that is a small part of the story is still left out.
    expect(read(`<main>${data}<h1>Reserves slide</h1><div class="story-body">${story}</div><div class="share-tools"><p>Share this story</p></div></main>`).texts).not.toContain('Share this story');
  });

  it('an <article> named as a comment beside the story is not a root; alone, an article named so is the story (Substack’s "newsletter-post")', () => {
    const post = '<article class="post type-post"><h1>The story</h1><p>The Federal Reserve said bank reserves fell again this week.</p></article>';
    expect(read(`<main>${post}<div id="comments"><article id="comment-143" class="comment"><p>Nice article, thanks for sharing this with us all.</p></article></div></main>`).texts).toEqual(['The story', 'The Federal Reserve said bank reserves fell again this week.']);
    expect(read('<article class="typography newsletter-post post"><h1>A note</h1><p>Reserves fell.</p></article>').roots).toEqual(['article']);
  });

  it('a WordPress post whose category or tag names furniture (category-newsletter, tag-social-security) is still the story beside another <article>', () => {
    // Guards: post_class() writes category-<slug> and tag-<slug>; they name the story's topic, not a part of the page.
    const story = '<article class="post-1 post type-post category-newsletter tag-social-security"><h1>Reserves slide</h1><div class="entry-content"><p>Bank reserves at the Fed fell to $2.88 trillion this week, the lowest since the summer.</p></div></article>';
    const other = '<article class="post-2 post type-post category-markets"><h2><a href="/y">Another story</a></h2><p>An excerpt of another story that is long enough to be more than forty characters.</p></article>';
    expect(read(`<main>${story}${other}</main>`).texts).toContain('Bank reserves at the Fed fell to $2.88 trillion this week, the lowest since the summer.');
    // The neighbour: an <article> whose own class says comment is still no root beside the story.
    const comment = '<article id="comment-7" class="comment type-comment"><p>Nice article, thanks for sharing this with us all.</p></article>';
    expect(read(`<main>${story}${comment}</main>`).texts).not.toContain('Nice article, thanks for sharing this with us all.');
  });

  it('with neither, a story inside a theme column named like furniture ("sidebar_content", "above-footer") is still found when its own container is named as a story (hentry, article-content …)', () => {
    const story = '<p>The Federal Reserve said bank reserves fell to $2.9 trillion this week, the lowest in a year.</p><p>Money markets were calm, and the repo rate held near the floor of the range.</p>';
    const rail = '<div class="widget"><p>Most read: yields climb as traders price in two cuts this year.</p></div>';
    for (const [column, container] of [['sidebar_content', 'post type-post hentry'], ['above-footer', 'article-content']]) {
      const r = read(`<div class="${column}"><div class="${container}">${story}</div></div><div class="sidebar_center">${rail}</div>`);
      expect(r.texts, column).toEqual(['The Federal Reserve said bank reserves fell to $2.9 trillion this week, the lowest in a year.', 'Money markets were calm, and the repo rate held near the floor of the range.']);
    }
    // Named as furniture itself, it stays furniture.
    const r = read(`<div id="story">${story}</div><div class="sidebar_content"><div class="comments-area hentry">${story}${story}</div></div>`);
    expect([r.roots, r.texts.length]).toEqual([['div'], 2]);
  });

  it('with neither, a story split into lines by <br> (no <p>) is found by its lines, over a notice that has a paragraph', () => {
    const lines = ['The Federal Reserve said bank reserves fell to $2.9 trillion this week, the lowest in a year.', 'Money markets were calm, and the repo rate held near the floor of the range.', 'Traders expect the runoff of the balance sheet to end before the spring.'];
    const notice = '<div class="notice_box"><p>This site uses technology to improve its service; using it further counts as agreeing to the policy of the broadcaster.</p></div>';
    const r = read(`<div class="view"><div class="body_txt">${lines.join('<br>\n<br>\n')}</div></div>${notice}`);
    expect(r.roots).toEqual(['div']);
    expect(r.texts.join(' ')).toContain(lines[2]);
    expect(r.texts.join(' ')).not.toContain('agreeing to the policy');
  });

  it('the furniture words that count in one place only: "newsletter" inside the story, not around it; "foot" around it, not inside; a "subscriber" part is a story either way', () => {
    const story = '<p>The Federal Reserve said bank reserves fell to $2.9 trillion this week, the lowest in a year.</p><p>Money markets were calm, and the repo rate held near the floor of the range.</p>';
    const rail = '<div class="widget"><p>Most read: yields climb as traders price in two cuts this year.</p></div>';
    // A <div> page whose post sits in a wrapper named "newsletter-post" (Substack's markup, without its <article>).
    expect(read(`<div class="newsletter-post post"><div class="body markup">${story}</div></div><div class="rail">${rail}</div>`).roots).toEqual(['div']);
    // Inside the story, an article's footnotes are its text (a page's footer around it is not: the div-page test above).
    expect(read(`<article>${story}<div class="footnotes"><p>1. Reserves are banks' deposits at the Fed.</p></div></article>`).texts).toContain("1. Reserves are banks' deposits at the Fed.");
    // Around: a paywalled story body named for its subscribers is still the story of a <div> page.
    expect(read(`<div class="subscriber-content">${story}</div><div class="rail">${rail}</div>`).roots).toEqual(['div']);
  });

  it('a list whose text is nearly all links (other stories) is not read; a list of the story’s own points, with a link in one, is', () => {
    const more = '<ul class="ulpost"><li><div class="ulpost_title"><a href="/2022/05/06/a/">Coalition Govt short-changed judiciary in 2018</a></div></li><li><div class="ulpost_title"><a href="/2022/05/06/b/">Fed lifts rates by half a point</a></div></li></ul>';
    const points = '<ul><li>Reserves fell to $2.9 trillion, <a href="/data">the Fed’s data</a> show.</li><li>The repo rate held near the floor.</li></ul>';
    expect(read(`<article><p>The story.</p>${more}${points}</article>`).texts).toEqual(['The story.', 'Reserves fell to $2.9 trillion, the Fed’s data show.', 'The repo rate held near the floor.']);
  });

  it('text the page adds later is known to sit in the story’s furniture (comments loaded after the story) or not', () => {
    const dom = new JSDOM('<!doctype html><body><article><p>The Federal Reserve said bank reserves fell to $2.9 trillion this week, the lowest in a year.</p><div id="comments"><p id="late">Reserves at $3 trillion!</p></div></article></body>');
    const doc = dom.window.document;
    expect(inFurniture(doc.getElementById('late')!, doc.querySelector('article')!, new Map())).toBe(true);
    expect(inFurniture(doc.querySelector('p')!, doc.querySelector('article')!, new Map())).toBe(false);
  });
});

