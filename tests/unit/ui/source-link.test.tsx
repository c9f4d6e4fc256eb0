// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dataset } from '../../../src/core/dataset';
import { FactList } from '../../../src/ui/FactList';
import { formatDate } from '../../../src/ui/format';
import { QuoteBlock } from '../../../src/ui/QuoteBlock';
import { SourceLine } from '../../../src/ui/SourceLine';

vi.mock('../../../src/core/dataset', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/core/dataset')>();
  const { WITH_URL } = await import('../../support/source-with-url');
  return { ...actual, getSource: (id: string) => (id === WITH_URL.id ? WITH_URL : actual.getSource(id)) };
});

const SOURCE = 'cnn-2017-01-23-astana-talks';
const FACT = dataset.entities.find((e) => e.id === 'mohammad-alloush')!.facts[0]!;
const QUOTE = dataset.quotes[0]!;
const EXTENSION = `chrome-extension://${fakeBrowser.runtime.id}`;
const WEB_PAGE = 'https://news.example/2017/astana';
const NAME = () => `CNN, ${formatDate('2017-01-23')} (opens the source text in a new tab)`;

/** Where the component runs: one of the extension's pages, or a web page (a card, in the content script). */
const runIn = (url: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('a citation in an extension page (popup, lookup)', () => {
  beforeEach(() => runIn(`${EXTENSION}/lookup.html?id=mohammad-alloush`));

  it('links outlet and date to the source view on the fact, in a new tab', () => {
    render(<SourceLine sourceId={SOURCE} factId={FACT.id} />);
    const link = screen.getByRole('link', { name: NAME() });
    expect(link.getAttribute('href')).toBe(`${EXTENSION}/source.html?source=${SOURCE}&fact=${FACT.id}`);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('opens the bundled copy even where the source has a web address: the view shows that address', () => {
    render(<SourceLine sourceId="with-url" />);
    expect(screen.getByRole('link').getAttribute('href')).toBe(`${EXTENSION}/source.html?source=with-url`);
  });

  it('cites each fact and each quote by id', () => {
    const { container } = render(
      <>
        <FactList facts={[FACT]} />
        <QuoteBlock quote={QUOTE} />
      </>,
    );
    const hrefs = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([
      `${EXTENSION}/source.html?source=${FACT.sourceId}&fact=${FACT.id}`,
      `${EXTENSION}/source.html?source=${QUOTE.sourceId}&quote=${QUOTE.id}`,
    ]);
  });
});

describe('a quote the source lost words of', () => {
  it('shows "[…]" where they stood, not the closed-up words as if they were what was said', () => {
    const alloush = dataset.quotes.find((q) => q.gapsAfter?.length)!;
    const { container } = render(<QuoteBlock quote={alloush} />);
    expect(container.querySelector('blockquote')!.textContent).toContain('a course of […] to finish');
  });
});

describe('a citation in a card (a web page)', () => {
  beforeEach(() => runIn(WEB_PAGE));

  it('is a button, since a web page may not link to the extension\'s pages, and names no extension address', () => {
    const { container } = render(<SourceLine sourceId={SOURCE} quoteId={QUOTE.id} />);
    expect(container.querySelector('a')).toBeNull();
    expect(screen.getByRole('button', { name: NAME() })).toBeTruthy();
    expect(container.innerHTML).not.toContain('chrome-extension:');
  });

  it('asks the background to open the source view on a real click, and ignores a click a page script makes', () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    render(<SourceLine sourceId={SOURCE} factId={FACT.id} />);
    const button = screen.getByRole('button');
    // happy-dom's events are untrusted, like those a page script dispatches.
    fireEvent.click(button);
    button.click();
    expect(send).not.toHaveBeenCalled();
    const trusted = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(trusted, 'isTrusted', { value: true });
    button.dispatchEvent(trusted);
    expect(send).toHaveBeenCalledExactlyOnceWith({ type: 'open-source', sourceId: SOURCE, factId: FACT.id });
  });

  it('opens nothing and throws nothing when the extension is gone from under the page', () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Extension context invalidated.'));
    render(<SourceLine sourceId={SOURCE} factId={FACT.id} />);
    const trusted = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(trusted, 'isTrusted', { value: true });
    expect(() => screen.getByRole('button').dispatchEvent(trusted)).not.toThrow();
  });
});

describe('a citation of an unknown source', () => {
  it('says so, with nothing to follow', () => {
    const { container } = render(<SourceLine sourceId="no-such-source" factId={FACT.id} />);
    expect(container.textContent).toBe('Unknown source');
    expect(container.querySelector('a, button')).toBeNull();
  });
});
