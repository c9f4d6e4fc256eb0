// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dataset } from '../../src/core/dataset';
import { testHighlighter, useSliceTimers, testQuoteChecker, type TestHighlighter, type TestQuoteChecker } from '../support/page-features';
import { compileMatcher } from '../../src/core/matcher';
import { quoteMarkOf } from '../../src/page/quotes';
import { MAX_QUOTE_MARKS } from '../../src/page/quotes/quote-checker';
import { DEFAULT_CATEGORIES } from '../../src/core/settings/model';
import { domTree } from '../support/dom-tree';

// The highlighter and the quote checker work in slices on timers: fake ones, run out by finish().
beforeEach(useSliceTimers);
afterEach(() => {
  vi.useRealTimers();
});


const matcher = compileMatcher(dataset.entities);

const FIXTURE = `
<article>
  <p id="exact">“So now for the first time the actors who have big stakes, who are on the ground, who have significant leverage on fighting components, are together working on this,” <b>Mehmet Simsek</b>, Turkish deputy prime minister, told Russian TASS news agency.</p>
  <p id="partial">Turkey’s deputy prime minister Mehmet Simsek said the process brought together "the actors who have big stakes, who are on the <i>ground</i>".</p>
  <p id="davos">Speaking in Davos last week, Mehmet Simsek said the <q>facts on the ground have changed dramatically</q> in Syria.</p>
  <p id="close">“Astana is a course to finish the bloodletting by the regime and its allies. We wish to finish this sequence of crimes,” Mohammad Alloush told AFP.</p>
  <p id="other">Rebel leader Mohammad Alloush said: “So now for the first time the actors who have big stakes, who are on the ground, who have significant leverage on fighting components, are together working on this.”</p>
  <p id="unattributed">A banner outside the venue read “peace for all Syrians now” in large letters.</p>
  <p id="named">Mohammad Alloush said: “We will not let Mehmet Simsek or TASS speak for the revolution in these talks.”</p>
  <p id="lead">Mehmet Simsek told Russian TASS news agency:</p>
  <blockquote id="block"><p>Yes, there’s been a lot of efforts in the past in Geneva and elsewhere</p><p>but there was a broad sort of effort and people just literally shouted at each other</p></blockquote>
  <textarea>“So now for the first time the actors who have big stakes,” Mehmet Simsek said.</textarea>
</article>`;


const verdictIn = (id: string) =>
  [...document.querySelectorAll(`#${id} [data-astana-quote]`)].map((el) => el.getAttribute('data-astana-quote'));

/** A checker that, alone, reads the whole page at once when started (its slices are drained). */
function makeChecker() {
  const checker = testQuoteChecker({ root: document.body, matcher, dataset });
  const start = checker.start.bind(checker);
  checker.start = () => {
    start();
    checker.finish();
  };
  return checker;
}

/** Quotes checked on their own first, then names highlighted over the quote marks. */
function checkThenHighlight(): { checker: TestQuoteChecker; highlighter: TestHighlighter } {
  const checker = makeChecker();
  checker.start();
  const highlighter = makeHighlighter();
  highlighter.start();
  highlighter.finish();
  return { checker, highlighter };
}

function makeHighlighter() {
  return testHighlighter({
    root: document.body,
    matcher,
    isCategoryOn: (category) => DEFAULT_CATEGORIES[category],
    observe: false,
  });
}

describe('QuoteChecker', () => {
  let checker: TestQuoteChecker | null = null;
  let highlighter: TestHighlighter | null = null;
  beforeEach(() => {
    document.body.innerHTML = FIXTURE;
  });
  afterEach(() => {
    highlighter?.end();
    checker?.end();
    highlighter = null;
    checker = null;
  });

  it('marks each attributed quotation with its verdict, and nothing else', () => {
    checker = makeChecker();
    checker.start();
    expect(new Set(verdictIn('exact'))).toEqual(new Set(['exact']));
    expect(new Set(verdictIn('partial'))).toEqual(new Set(['partial']));
    expect(new Set(verdictIn('davos'))).toEqual(new Set(['exact']));
    expect(new Set(verdictIn('close'))).toEqual(new Set(['close']));
    expect(new Set(verdictIn('other'))).toEqual(new Set(['misattributed']));
    expect(verdictIn('unattributed')).toEqual([]);
    expect(verdictIn('lead')).toEqual([]);
    expect(new Set(verdictIn('block'))).toEqual(new Set(['exact']));
    expect(document.querySelectorAll('textarea [data-astana-quote]').length).toBe(0);
    // The mark covers the quoted words, not the marks around them nor the attribution.
    const exact = [...document.querySelectorAll('#exact [data-astana-quote]')].map((el) => el.textContent).join('');
    expect(exact).toBe(
      'So now for the first time the actors who have big stakes, who are on the ground, who have significant leverage on fighting components, are together working on this,',
    );
    for (const el of document.querySelectorAll('[data-astana-quote]')) {
      expect(el.tagName).toBe('MARK');
      expect(el.classList.contains('astana-quote')).toBe(true);
      expect(el.hasAttribute('data-markjs')).toBe(false);
    }
  });

  it('keeps the verdict with each mark, the quotation split across inline elements included', () => {
    checker = makeChecker();
    checker.start();
    const pieces = [...document.querySelectorAll('#partial [data-astana-quote]')];
    expect(pieces.length).toBe(2);
    expect(pieces[1]!.parentElement!.tagName).toBe('I');
    const record = quoteMarkOf(pieces[0]!)!;
    expect(record).toBe(quoteMarkOf(pieces[1]!));
    expect(record.checked.speakerId).toBe('mehmet-simsek');
    expect(record.checked.verdict.quote?.id).toBe('simsek-tass-first-time-together');

    const other = quoteMarkOf(document.querySelector('#other [data-astana-quote]')!)!;
    expect(other.checked.speakerId).toBe('mohammad-alloush');
    expect(other.checked.verdict.otherSpeaker?.speakerId).toBe('mehmet-simsek');
    const close = quoteMarkOf(document.querySelector('#close [data-astana-quote]')!)!;
    expect(close.checked.verdict.diff?.some((d) => d.op !== 'same')).toBe(true);

    const listed = checker.current().map((m) => m.elements[0]!.closest('[id]')!.id);
    expect(listed).toEqual(['exact', 'partial', 'davos', 'close', 'other', 'named', 'block']);
  });

  it('lets names inside a quotation keep their own highlight', () => {
    ({ checker, highlighter } = checkThenHighlight());
    const names = [...document.querySelectorAll('#named [data-astana-entity]')].map((el) => el.getAttribute('data-astana-entity'));
    expect(names).toEqual(['mohammad-alloush', 'mehmet-simsek', 'tass']);
    const simsek = document.querySelector('#named [data-astana-entity="mehmet-simsek"]')!;
    expect(simsek.closest('[data-astana-quote]')).not.toBeNull();
    expect(document.querySelector('#named')!.textContent).toBe(
      'Mohammad Alloush said: “We will not let Mehmet Simsek or TASS speak for the revolution in these talks.”',
    );
  });

  it('restores the original DOM exactly, text nodes included, when names and quotes stop', () => {
    const pristine = domTree();
    ({ checker, highlighter } = checkThenHighlight());
    expect(document.querySelectorAll('[data-astana-quote]').length).toBeGreaterThan(0);
    expect(document.querySelectorAll('[data-astana-entity]').length).toBeGreaterThan(0);
    highlighter.end();
    checker.end();
    expect(document.querySelectorAll('[data-astana-quote], [data-astana-entity]').length).toBe(0);
    expect(domTree()).toBe(pristine);
  });

  it('restores the DOM exactly when only quote checking stops, and names are unwrapped later', () => {
    const pristine = domTree();
    ({ checker, highlighter } = checkThenHighlight());
    const names = document.querySelectorAll('[data-astana-entity]').length;
    checker.end();
    expect(document.querySelectorAll('[data-astana-quote]').length).toBe(0);
    expect(document.querySelectorAll('[data-astana-entity]').length).toBe(names);
    highlighter.end();
    expect(domTree()).toBe(pristine);
  });

  it('restores the DOM exactly when quotes alone were checked', () => {
    const pristine = domTree();
    checker = makeChecker();
    checker.start();
    checker.end();
    expect(domTree()).toBe(pristine);
    // Ended for good: starting it again does nothing. A new checker (new settings) marks again.
    checker.start();
    expect(document.querySelectorAll('[data-astana-quote]').length).toBe(0);
    checker = makeChecker();
    checker.start();
    expect(document.querySelectorAll('[data-astana-quote]').length).toBeGreaterThan(0);
  });
});

describe('QuoteChecker after the name highlighter', () => {
  it('marks quotations across existing name highlights and still restores exactly', () => {
    document.body.innerHTML = FIXTURE;
    const pristine = domTree();
    const highlighter = makeHighlighter();
    highlighter.start();
    highlighter.finish();
    const checker = makeChecker();
    checker.start();
    expect(new Set(verdictIn('named'))).toEqual(new Set(['unknown']));
    const inName = document.querySelector('#named [data-astana-entity="mehmet-simsek"] [data-astana-quote]');
    expect(inName?.textContent).toBe('Mehmet Simsek');
    checker.end();
    highlighter.end();
    expect(domTree()).toBe(pristine);
  });
});

describe('QuoteChecker along the name highlighter’s first pass', () => {
  const sequential = () => {
    document.body.innerHTML = FIXTURE;
    const checker = makeChecker();
    checker.start();
    const highlighter = makeHighlighter();
    highlighter.start();
    highlighter.finish();
    const tree = domTree();
    highlighter.end();
    checker.end();
    return tree;
  };

  it('marks the same quotations and names as checking the whole page first, and restores exactly', () => {
    const expected = sequential();
    document.body.innerHTML = FIXTURE;
    const pristine = domTree();
    const checker = makeChecker();
    checker.startAlongside();
    // Everything waits for the highlighter's slices, the blockquote included.
    expect(document.querySelectorAll('[data-astana-quote]').length).toBe(0);
    const highlighter = makeHighlighter();
    highlighter.start(checker.hooks);
    highlighter.finish();
    expect(domTree()).toBe(expected);
    expect(checker.current().map((m) => m.elements[0]!.closest('[id]')!.id).sort()).toEqual(
      ['exact', 'partial', 'davos', 'close', 'other', 'named', 'block'].sort(),
    );
    highlighter.end();
    checker.end();
    expect(domTree()).toBe(pristine);
  });
});

/** Names and quotes as the page controller runs them: along the highlighter, following page changes. */
function startBoth(observe = false) {
  const checker = testQuoteChecker({ root: document.body, matcher, dataset });
  const highlighter = testHighlighter({ root: document.body, matcher, isCategoryOn: (category) => DEFAULT_CATEGORIES[category], observe });
  checker.startAlongside();
  highlighter.start(checker.hooks);
  highlighter.finish();
  return {
    checker,
    highlighter,
    /** Names first, then quotes, as the controller does. */
    end() {
      highlighter.end();
      checker.end();
    },
  };
}

const quoteTexts = (selector = 'body') =>
  [...document.querySelectorAll(`${selector} [data-astana-quote]`)].map((el) => `${el.getAttribute('data-astana-quote')}:${el.textContent}`);

describe('attribution the page layout hides', () => {
  afterEach(() => document.body.replaceChildren());

  it('“…,” he said in the paragraph after the one that names the speaker (the demo page)', () => {
    document.body.innerHTML = `
      <p id="one">”So now for the first time the actors who have big stakes, who are on the ground, who have significant leverage on fighting components, are together working on this,” Mehmet Simsek, Turkish deputy prime minister, told Russian TASS news agency.</p>
      <p id="two">”Yes, there’s been a lot of efforts in the past in Geneva and elsewhere but there was a broad sort of effort and people just literally shouted at each other,” he said.</p>`;
    const pristine = domTree();
    const both = startBoth();
    expect(verdictIn('two')).toEqual(['exact']);
    const mark = quoteMarkOf(document.querySelector('#two [data-astana-quote]')!)!;
    expect(mark.checked).toMatchObject({ speakerId: 'mehmet-simsek', how: 'pronoun' });
    expect(mark.checked.verdict.quote?.id).toBe('simsek-tass-shouted-at-each-other');
    both.end();
    expect(domTree()).toBe(pristine);
  });

  it('“Mr. Alloush told reporters”', () => {
    document.body.innerHTML = '<p id="mr">“We wish to finish this sequence of crimes,” Mr. Alloush told reporters.</p>';
    const both = startBoth();
    expect(verdictIn('mr')).toEqual(['partial']);
    both.end();
  });

  it('a blockquote holding the quotation and its attribution: only the quoted words are compared and marked', () => {
    document.body.innerHTML = `
      <blockquote id="inside"><p>“We wish to finish this sequence of crimes,” Mohammad Alloush told AFP.</p></blockquote>
      <blockquote id="footer"><p>So now for the first time the actors who have big stakes, who are on the ground, who have significant leverage on fighting components, are together working on this</p><footer>— Mehmet Simsek, to TASS</footer></blockquote>
      <p>The rebels said so too.</p>
      <blockquote id="scare"><p>Mehmet Simsek told TASS that “the actors who have big stakes” were working together.</p></blockquote>`;
    const pristine = domTree();
    const both = startBoth();
    expect(quoteTexts('#inside')).toEqual(['partial:We wish to finish this sequence of crimes,']);
    expect(quoteTexts('#footer')).toEqual([
      'exact:So now for the first time the actors who have big stakes, who are on the ground, who have significant leverage on fighting components, are together working on this',
    ]);
    expect(quoteTexts('#scare')).toEqual(['partial:the actors who have big stakes']);
    both.end();
    expect(domTree()).toBe(pristine);
  });
});

describe('quotations added after the page loaded', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    document.body.replaceChildren();
    vi.useRealTimers();
  });

  it('are checked with the names of the same new paragraph, and a changed paragraph is checked afresh', async () => {
    document.body.innerHTML = '<div id="feed"><p>Live: the talks open in Astana.</p></div>';
    const pristine = domTree();
    const both = startBoth(true);
    expect(verdictIn('feed')).toEqual([]);
    const added = document.createElement('p');
    added.id = 'added';
    added.textContent = '“We wish to finish this sequence of crimes,” Mohammad Alloush told AFP.';
    document.getElementById('feed')!.append(added);
    await vi.advanceTimersByTimeAsync(1_000);
    both.highlighter.finish();
    expect(verdictIn('added')).toEqual(['partial']);
    expect(document.querySelectorAll('#added [data-astana-entity]').length).toBe(2);

    // The page adds to the same paragraph: its quotation is marked once, not once more inside the old mark.
    added.append(' “So now for the first time the actors who have big stakes, who are on the ground, who have significant leverage on fighting components, are together working on this,” he said.');
    await vi.advanceTimersByTimeAsync(1_000);
    both.highlighter.finish();
    expect(quoteTexts('#added').map((t) => t.split(':')[0])).toEqual(['partial', 'misattributed']);
    expect(document.querySelectorAll('[data-astana-quote] [data-astana-quote]').length).toBe(0);
    expect(both.checker.current().length).toBe(2);

    both.end();
    added.remove();
    expect(domTree()).toBe(pristine);
  });
});

describe('a paragraph that takes many slices to check', () => {
  afterEach(() => document.body.replaceChildren());
  const ATTRIBUTED = '“We wish to finish this sequence of crimes,” Alloush told AFP. ';

  it('is checked over several of the highlighter’s slices, its names waiting for it, and restored exactly', () => {
    document.body.innerHTML = `<p id="many">${ATTRIBUTED.repeat(400)}</p>`;
    const pristine = domTree();
    const checker = testQuoteChecker({ root: document.body, matcher, dataset });
    const highlighter = makeHighlighter();
    let waits = 0;
    checker.startAlongside();
    highlighter.start({
      beforeRun: (run) => {
        const ready = checker.hooks.beforeRun(run);
        if (!ready) waits++;
        return ready;
      },
    });
    highlighter.finish();
    expect(waits).toBeGreaterThan(0);
    expect(new Set(verdictIn('many'))).toEqual(new Set(['partial']));
    expect(verdictIn('many').length).toBe(400);
    expect(document.querySelectorAll('#many [data-astana-entity]').length).toBe(800);
    expect(document.querySelector('#many [data-astana-quote] [data-astana-quote]')).toBeNull();
    expect(document.getElementById('many')!.textContent).toBe(ATTRIBUTED.repeat(400));
    highlighter.end();
    checker.end();
    expect(domTree()).toBe(pristine);
  });

  it('marks at most MAX_QUOTE_MARKS quotations a page', () => {
    document.body.innerHTML = `<p id="many">${'“We wish to finish,” Alloush said. '.repeat(MAX_QUOTE_MARKS + 50)}</p>`;
    const checker = makeChecker();
    checker.start();
    expect(checker.current().length).toBe(MAX_QUOTE_MARKS);
    checker.end();
  }, 120_000);
});
