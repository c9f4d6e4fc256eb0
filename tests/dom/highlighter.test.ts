// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dataset } from '../../src/core/dataset';
import { compileMatcher } from '../../src/core/matcher';
import { DEFAULT_CATEGORIES } from '../../src/core/settings/model';
import { EXCLUDED_SELF_SELECTOR, isExcludedElement } from '../../src/page/dom/exclusions';
import { testHighlighter, useSliceTimers, type TestHighlighter } from '../support/page-features';
import type { Category } from '../../src/core/dataset/schema';
import { domTree } from '../support/dom-tree';

// The highlighter and the quote checker work in slices on timers: fake ones, run out by finish().
beforeEach(useSliceTimers);
afterEach(() => {
  vi.useRealTimers();
});


const matcher = compileMatcher(dataset.entities);

function makeHighlighter(options: { observe?: boolean; categories?: Partial<Record<Category, boolean>> } = {}) {
  const categories = { ...DEFAULT_CATEGORIES, ...options.categories };
  return testHighlighter({
    root: document.body,
    matcher,
    isCategoryOn: (category) => categories[category],
    observe: options.observe ?? false,
  });
}


function highlights(root: ParentNode = document.body): string[] {
  return [...root.querySelectorAll('[data-astana-entity]')].map(
    (el) => `${el.getAttribute('data-astana-entity')}:${el.textContent}`,
  );
}

describe('Highlighter', () => {
  let highlighter: TestHighlighter | null = null;
  beforeEach(() => {
    document.body.replaceChildren();
  });
  afterEach(() => {
    highlighter?.end();
    highlighter = null;
  });

  it('highlights mentions with the DOM contract attributes', () => {
    document.body.innerHTML = '<p>Mehmet Simsek told TASS that Assad must go.</p>';
    highlighter = makeHighlighter();
    highlighter.start();
    highlighter.finish();
    expect(highlights()).toEqual(['mehmet-simsek:Mehmet Simsek', 'tass:TASS', 'bashar-al-assad:Assad']);
    const mark = document.querySelector('[data-astana-entity="tass"]')!;
    expect(mark.tagName).toBe('MARK');
    expect(mark.getAttribute('data-astana-category')).toBe('organization');
    expect(document.body.textContent).toBe('Mehmet Simsek told TASS that Assad must go.');
  });

  it("never changes or removes the page's own elements that carry its attributes", () => {
    // Also what Firefox leaves of an old copy of the script after an extension reload: its marks
    // are the page's now, and their text must not get a second highlight inside.
    const page = '<p>A <mark data-astana-entity="tass" class="astana-hl">Assad</mark> mark, then Mohammad Alloush.</p>';
    document.body.innerHTML = page;
    const before = domTree();
    const forged = document.querySelector('mark')!;
    highlighter = makeHighlighter();
    highlighter.start();
    highlighter.finish();
    expect(highlights()).toEqual(['tass:Assad', 'mohammad-alloush:Mohammad Alloush']);
    // A restart (new settings) redoes the extension's own highlights only.
    highlighter.end();
    highlighter = makeHighlighter();
    highlighter.start();
    highlighter.finish();
    expect(document.querySelector('mark')).toBe(forged);
    expect(forged.isConnected).toBe(true);
    highlighter.end();
    highlighter = null;
    expect(document.querySelector('mark')).toBe(forged);
    expect(domTree()).toBe(before);
  });

  it('highlights a long run window by window, every name whole, and restores its single text node', () => {
    const sentence = 'Bashar al-Assad met Mohammad Alloush. ';
    const repeats = 1_500; // ~57,000 characters: several windows, with names at every boundary
    document.body.innerHTML = `<p>${sentence.repeat(repeats)}</p>`;
    const paragraph = document.querySelector('p')!;
    const original = paragraph.firstChild as Text;
    highlighter = makeHighlighter();
    highlighter.start();
    highlighter.finish();
    const found = highlights();
    expect(found.length).toBe(2 * repeats);
    expect(new Set(found)).toEqual(new Set(['bashar-al-assad:Bashar al-Assad', 'mohammad-alloush:Mohammad Alloush']));
    expect(paragraph.textContent).toBe(sentence.repeat(repeats));
    highlighter.end();
    highlighter = null;
    expect(paragraph.childNodes.length).toBe(1);
    expect(paragraph.firstChild).toBe(original);
    expect(original.data).toBe(sentence.repeat(repeats));
  });

  it('leaves places alone by default and highlights them when switched on', () => {
    document.body.innerHTML = '<p>Talks in Astana, Kazakhstan, on Syria.</p>';
    highlighter = makeHighlighter();
    highlighter.start();
    highlighter.finish();
    expect(highlights()).toEqual([]);
    highlighter.end();
    highlighter = makeHighlighter({ categories: { place: true } });
    highlighter.start();
    highlighter.finish();
    expect(highlights()).toEqual(['astana:Astana', 'kazakhstan:Kazakhstan', 'syria:Syria']);
  });

  it('never highlights inside form fields, editable areas, code or scripts', () => {
    document.body.innerHTML = `
      <textarea>Mohammad Alloush</textarea>
      <select><option>ISIS</option></select>
      <div contenteditable="true"><p>Bashar al-Assad</p></div>
      <div contenteditable="false"><p>Bashar al-Assad</p></div>
      <pre>TASS <b>AFP</b></pre>
      <p>call <code>Mehmet Simsek</code> now</p>
      <script>var x = "Mohammad Alloush";</script>
      <style>.TASS{}</style>
      <noscript>World Economic Forum</noscript>`;
    highlighter = makeHighlighter();
    highlighter.start();
    highlighter.finish();
    expect(highlights()).toEqual(['bashar-al-assad:Bashar al-Assad']);
    expect(document.querySelector('[contenteditable="false"] [data-astana-entity]')).not.toBeNull();
  });

  it('highlights a name that crosses inline elements, in pieces that each carry the entity', () => {
    document.body.innerHTML = '<p>Rebel chief Mohammad <b>Alloush</b> spoke.</p>';
    highlighter = makeHighlighter();
    highlighter.start();
    highlighter.finish();
    expect(highlights()).toEqual(['mohammad-alloush:Mohammad ', 'mohammad-alloush:Alloush']);
    expect(highlighter.currentMentions()).toHaveLength(1);
    expect(highlighter.currentMentions()[0]!.elements).toHaveLength(2);
  });

  it('reads side-by-side inline elements whose letters touch as separate words', () => {
    document.body.innerHTML = '<p><a href="#a">World</a><a href="#b">Assad</a></p><p>Moham<b>mad</b> Alloush</p>';
    highlighter = makeHighlighter();
    highlighter.start();
    highlighter.finish();
    expect(highlights()).toEqual(['bashar-al-assad:Assad', 'mohammad-alloush:Moham', 'mohammad-alloush:mad', 'mohammad-alloush: Alloush']);
  });

  it('never joins text across block boundaries', () => {
    document.body.innerHTML = '<ul><li>Mohammad</li><li>Alloush said</li></ul><p>United</p><p>Nations</p>';
    highlighter = makeHighlighter();
    highlighter.start();
    highlighter.finish();
    expect(highlights()).toEqual(['mohammad-alloush:Alloush']);
  });

  it('handles text that sits directly in a block beside nested blocks', () => {
    document.body.innerHTML = '<div>TASS reports<p>AFP too</p>and the United Nations</div>';
    highlighter = makeHighlighter();
    highlighter.start();
    highlighter.finish();
    expect(highlights()).toEqual(['tass:TASS', 'afp:AFP', 'united-nations:United Nations']);
  });

  it('restores the original DOM exactly when stopped, text nodes included', () => {
    document.body.innerHTML =
      '<article><h1>Assad and Alloush</h1><p>On Monday, Mohammad <b>Alloush</b> told AFP: “Astana talks”. <a href="#">Mehmet Simsek</a> (TASS).</p></article>';
    // A page may keep adjacent text nodes apart; restoring must not merge them.
    const p = document.querySelector('p')!;
    p.insertBefore(document.createTextNode('Bashar al-Jaafari'), p.firstChild);
    p.insertBefore(document.createTextNode(' and '), p.childNodes[1]!);
    const before = domTree();
    highlighter = makeHighlighter();
    highlighter.start();
    highlighter.finish();
    expect(highlights().length).toBeGreaterThan(6);
    expect(domTree()).not.toBe(before);
    highlighter.end();
    expect(domTree()).toBe(before);
  });

  it('highlighting twice equals highlighting once', () => {
    document.body.innerHTML = '<p>Mohammad <i>Alloush</i> and the UN met ISIS critics.</p>';
    highlighter = makeHighlighter();
    highlighter.start();
    highlighter.finish();
    const once = domTree();
    const second = makeHighlighter();
    second.start();
    second.finish();
    expect(domTree()).toBe(once);
  });
});

describe('Highlighter on a changing page', () => {
  let highlighter: TestHighlighter | null = null;
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    highlighter?.end();
    highlighter = null;
    document.body.replaceChildren();
    vi.useRealTimers();
  });

  /**
   * Lets the page observer deliver its batch, then runs what it queued. Fake time: a second is far
   * past the observer's batching delay and well inside the back-off test's 60-second window.
   */
  const settle = async () => {
    await vi.advanceTimersByTimeAsync(1_000);
  };

  it('highlights content the page adds later, and only that content', async () => {
    document.body.innerHTML = '<ol id="feed"><li>AFP: delegations arrive.</li></ol>';
    const read: string[] = [];
    const recording = { ...matcher, find: (text: string) => (read.push(text), matcher.find(text)) };
    highlighter = testHighlighter({ root: document.body, matcher: recording, isCategoryOn: () => true, observe: true });
    highlighter.start();
    highlighter.finish();
    expect(highlights()).toEqual(['afp:AFP']);
    read.length = 0;
    const li = document.createElement('li');
    li.textContent = 'Mohammad Alloush arrives.';
    document.getElementById('feed')!.append(li);
    await settle();
    expect(highlights()).toEqual(['afp:AFP', 'mohammad-alloush:Mohammad Alloush']);
    // Only the new item's text is read again, not the page.
    expect(read).toEqual(['Mohammad Alloush arrives.']);
  });

  it('re-highlights text that a re-render replaced', async () => {
    document.body.innerHTML = '<div id="app"><p>Waiting for Mehmet Simsek.</p></div>';
    highlighter = makeHighlighter({ observe: true });
    highlighter.start();
    highlighter.finish();
    const app = document.getElementById('app')!;
    app.innerHTML = '<p>Mehmet Simsek and Bashar al-Jaafari speak.</p>';
    await settle();
    expect(highlights()).toEqual(['mehmet-simsek:Mehmet Simsek', 'bashar-al-jaafari:Bashar al-Jaafari']);
  });

  it('re-checks a highlight whose text the page changed', async () => {
    document.body.innerHTML = '<p>Statement by TASS today.</p>';
    highlighter = makeHighlighter({ observe: true });
    highlighter.start();
    highlighter.finish();
    const text = document.querySelector('[data-astana-entity]')!.firstChild as Text;
    text.data = 'nobody';
    await settle();
    expect(highlights()).toEqual([]);
    expect(document.body.textContent).toBe('Statement by nobody today.');
  });

  it('ignores its own changes: its marks never make it read the page again', async () => {
    document.body.innerHTML = '<p>AFP and TASS.</p>';
    let reads = 0;
    const counting = {
      ...matcher,
      next: (text: string, from: number) => (reads++, matcher.next(text, from)),
      find: (text: string) => (reads++, matcher.find(text)),
    };
    highlighter = testHighlighter({ root: document.body, matcher: counting, isCategoryOn: () => true, observe: true });
    highlighter.start();
    highlighter.finish();
    expect(highlights()).toEqual(['afp:AFP', 'tass:TASS']);
    const afterStart = reads;
    expect(afterStart).toBeGreaterThan(0);
    await settle();
    expect(reads).toBe(afterStart);
    expect(highlights()).toEqual(['afp:AFP', 'tass:TASS']);
  });

  it('backs off from a page that keeps removing its highlights', async () => {
    document.body.innerHTML = '<p id="p">TASS</p>';
    highlighter = testHighlighter({
      root: document.body,
      matcher,
      isCategoryOn: () => true,
      backoff: { maxFightsPerWindow: 3, windowMs: 60_000, firstPauseMs: 60_000, maxPauseMs: 60_000 },
    });
    highlighter.start();
    highlighter.finish();
    let rounds = 0;
    for (let i = 0; i < 8; i++) {
      // The page strips every highlight by resetting its text.
      document.getElementById('p')!.textContent = 'TASS';
      await settle();
      if (document.querySelector('[data-astana-entity]')) rounds++;
    }
    // It fought back a few times, then stopped re-highlighting for the pause.
    expect(rounds).toBe(3);
  });
});

describe('mark.js as the highlighter uses it', () => {
  it('never creates a NodeIterator, which Chromium would keep updating on every wrap until garbage collection', () => {
    document.body.innerHTML = '<p>Mohammad <b>Alloush</b> met <code>Assad</code> envoys in Astana.</p><p>Turkey and Russia</p>';
    const created = { count: 0 };
    const original = document.createNodeIterator.bind(document);
    document.createNodeIterator = ((...args: Parameters<typeof original>) => {
      created.count++;
      return original(...args);
    }) as typeof document.createNodeIterator;
    try {
      const h = testHighlighter({ root: document.body, matcher, isCategoryOn: () => true, observe: false });
      h.start();
      h.finish();
      expect([...document.querySelectorAll('[data-astana-entity]')].map((el) => el.textContent)).toEqual([
        'Mohammad ',
        'Alloush',
        'Astana',
        'Turkey',
        'Russia',
      ]);
      expect(created.count).toBe(0);
      h.end();
    } finally {
      document.createNodeIterator = original;
    }
  });
});

describe('isExcludedElement', () => {
  it('agrees with the exclusion selector', () => {
    document.body.innerHTML = `
      <p>a</p><pre>b</pre><code>c</code><svg><text>d</text></svg><math></math><input><textarea></textarea>
      <div contenteditable>e</div><div contenteditable="true">f</div><div contenteditable="false">g</div>
      <div contenteditable="plaintext-only">h</div><div contenteditable="FALSE">i</div>
      <mark data-astana-entity="x">j</mark><mark>k</mark><astana-facts-ui></astana-facts-ui><span>l</span>
      <noscript>m</noscript><template>n</template><button>o</button><kbd>p</kbd>`;
    const elements = [...document.body.querySelectorAll('*')];
    expect(elements.length).toBeGreaterThan(20);
    for (const element of elements) {
      expect([element.localName, isExcludedElement(element)]).toEqual([element.localName, element.matches(EXCLUDED_SELF_SELECTOR)]);
    }
  });
});

describe('runs', () => {
  it('end at a line break or a text-less excluded element, never joining the words on both sides', () => {
    document.body.innerHTML = `
      <p id="br">Bashar<br>al-Assad</p>
      <p id="deep">Mohammad <span><i><br></i></span>Alloush met Turkey</p>
      <p id="input">Kazakh<input>stan and Astana</p>
      <p id="iframe">Dam<iframe></iframe>ascus</p>
      <p id="inline">Mohammad <b><i>Alloush</i></b> and Bashar <img alt="">al-Assad</p>`;
    const h = testHighlighter({ root: document.body, matcher, isCategoryOn: () => true, observe: false });
    h.start();
    h.finish();
    const marked = (id: string) => [...document.querySelectorAll(`#${id} [data-astana-entity]`)].map((el) => el.textContent);
    // "al-Assad" alone after a line break is a surname after nothing: it is still Assad.
    expect(marked('br')).toEqual(['al-Assad']);
    expect(marked('deep')).toEqual(['Alloush', 'Turkey']);
    expect(marked('input')).toEqual(['Astana']);
    expect(marked('iframe')).toEqual([]);
    expect(marked('inline')).toEqual(['Mohammad ', 'Alloush', 'Bashar ', 'al-Assad']);
    h.end();
  });
});
