// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dataset, getSourceText } from '../../../src/core/dataset';
import type { Fact, Quote } from '../../../src/core/dataset/schema';
import { normalizeWhitespace } from '../../../src/core/dataset/validate';
import { SourceApp } from '../../../src/source/SourceApp';
import { WITH_URL } from '../../support/source-with-url';

const SOURCE = 'cnn-2017-01-23-astana-talks';
vi.mock('../../../src/core/dataset', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/core/dataset')>();
  const { WITH_URL } = await import('../../support/source-with-url');
  return {
    ...actual,
    sources: { ...actual.sources, [WITH_URL.id]: WITH_URL },
    getSource: (id: string) => (id === WITH_URL.id ? WITH_URL : actual.getSource(id)),
    getSourceText: (id: string) => (id === WITH_URL.id ? 'Talks opened in Astana on Monday.' : actual.getSourceText(id)),
  };
});

const facts = dataset.entities.flatMap((entity) => entity.facts);
const oneExcerptRestored = facts.find((f) => f.evidence.length === 1 && f.restoredName)!;
const twoExcerpts = facts.find((f) => f.evidence.length === 2 && !f.restoredName)!;
const directQuote = dataset.quotes.find((q) => q.kind === 'direct' && q.speakerId)!;

const scrolled: { element: Element; options: unknown }[] = [];
beforeEach(() => {
  fakeBrowser.reset();
  scrolled.length = 0;
  Element.prototype.scrollIntoView = function (this: Element, options?: unknown) {
    scrolled.push({ element: this, options });
  };
});
afterEach(() => cleanup());

/** The highlighted text of excerpt `index`, whitespace runs as one space. */
function highlighted(container: Element, index: number): string {
  const marks = [...container.querySelectorAll<HTMLElement>('mark.source-excerpt')].filter((mark) =>
    (mark.dataset.excerpts ?? '').split(' ').includes(String(index)),
  );
  return normalizeWhitespace(marks.map((mark) => mark.textContent).join(''));
}

const show = (search: string, locale = 'en-GB') => render(<SourceApp search={search} locale={locale} />);

describe('the source view', () => {
  it('shows the whole bundled text verbatim, with the outlet and the date in the UI language', () => {
    const { container } = show(`?source=${SOURCE}`);
    expect(container.querySelector('.source-text')!.textContent).toBe(getSourceText(SOURCE));
    expect(screen.getByRole('heading', { level: 1, name: 'CNN' })).toBeTruthy();
    expect(container.querySelector('time')!.textContent).toBe('23 January 2017');
    expect(container.querySelector('time')!.getAttribute('datetime')).toBe('2017-01-23');
    cleanup();
    const us = show(`?source=${SOURCE}`, 'en-US').container;
    expect(us.querySelector('time')!.textContent).toBe('January 23, 2017');
    cleanup();
    const de = show(`?source=${SOURCE}`, 'de').container;
    expect(de.querySelector('time')!.textContent).toBe('23. Januar 2017');
  });

  it('shows no address where none is known, and the known one as a link', () => {
    const { container } = show(`?source=${SOURCE}`);
    expect(container.querySelector('a[href^="http"]')).toBeNull();
    expect(container.textContent).toContain('No web address is recorded');
    cleanup();
    show('?source=with-url');
    const link = screen.getByRole('link', { name: WITH_URL.url! });
    expect(link.getAttribute('href')).toBe(WITH_URL.url);
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('highlights the excerpt of a fact, puts focus on it and scrolls it to the middle', () => {
    const fact: Fact = oneExcerptRestored;
    const { container } = show(`?source=${SOURCE}&fact=${fact.id}`);
    expect(highlighted(container, 0)).toBe(normalizeWhitespace(fact.evidence[0]!));
    const first = container.querySelector('mark.source-excerpt')!;
    expect(document.activeElement).toBe(first);
    expect(scrolled).toEqual([{ element: first, options: { block: 'center' } }]);
    expect(screen.getByRole('heading', { level: 2, name: 'Cited for this fact' })).toBeTruthy();
    expect(container.textContent).toContain(fact.text);
  });

  it('notes a name restored from a stripped gap, quoting the copy as it reads', () => {
    const fact = oneExcerptRestored;
    const { container } = show(`?source=${SOURCE}&fact=${fact.id}`);
    const note = container.querySelector('.source-restored')!;
    expect(note.textContent).toBe(`Name restored: this copy reads “${fact.restoredName!.reads}”; we read the name as ${fact.restoredName!.name}.`);
    cleanup();
    expect(show(`?source=${SOURCE}&fact=${twoExcerpts.id}`).container.querySelector('.source-restored')).toBeNull();
  });

  it('highlights both excerpts of a fact that has two, with a link to each', () => {
    const fact = twoExcerpts;
    const { container } = show(`?source=${SOURCE}&fact=${fact.id}`);
    expect(highlighted(container, 0)).toBe(normalizeWhitespace(fact.evidence[0]!));
    expect(highlighted(container, 1)).toBe(normalizeWhitespace(fact.evidence[1]!));
    const second = screen.getByRole('link', { name: 'Go to excerpt 2' });
    const target = container.querySelector(second.getAttribute('href')!)!;
    expect(target.tagName).toBe('MARK');
    fireEvent.click(second);
    expect(document.activeElement).toBe(target);
    expect(scrolled.at(-1)).toEqual({ element: target, options: { block: 'center' } });
  });

  it('shows a cited quote with its speaker and highlights its excerpt', () => {
    const quote: Quote = directQuote;
    const { container } = show(`?source=${SOURCE}&quote=${quote.id}`);
    expect(screen.getByRole('heading', { level: 2, name: 'Cited for this quote' })).toBeTruthy();
    expect(container.querySelector('.source-cited-quote')!.textContent).toContain(`“${quote.text}”`);
    expect(container.querySelector('.source-cited-quote')!.textContent).toContain(dataset.entities.find((e) => e.id === quote.speakerId)!.name);
    expect(highlighted(container, 0)).toBe(normalizeWhitespace(quote.evidence[0]!));
  });

  it('says clearly what is wrong with an address, never a blank page', () => {
    show('');
    expect(screen.getByRole('alert').textContent).toContain('names no source');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
    expect(screen.getByRole('link', { name: 'Open the lookup page' }).getAttribute('href')).toBe('lookup.html');
    cleanup();
    show('?source=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(screen.getByRole('alert').textContent).toBe('No source “<script>alert(1)</script>” is bundled with this version of Astana Facts.');
    cleanup();
    show('?source=constructor');
    expect(screen.getByRole('alert').textContent).toContain('No source “constructor”');
  });

  it('still shows the source when the fact or quote is unknown, saying so and highlighting nothing', () => {
    for (const [query, message] of [
      ['&fact=nope', 'No fact “nope” rests on this source'],
      ['&quote=nope', 'No quote “nope” rests on this source'],
      [`&fact=${twoExcerpts.id}&quote=${directQuote.id}`, 'names both a fact and a quote'],
    ] as const) {
      const { container } = show(`?source=${SOURCE}${query}`);
      const alert = screen.getByRole('alert');
      expect(alert.textContent).toContain(message);
      expect(document.activeElement).toBe(alert);
      expect(container.querySelectorAll('mark')).toHaveLength(0);
      expect(container.querySelector('.source-text')!.textContent).toBe(getSourceText(SOURCE));
      cleanup();
    }
  });
});
