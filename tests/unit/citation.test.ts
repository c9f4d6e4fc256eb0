import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { citationToOpen, openSourceView } from '../../src/background/open-source';
import { citationQuery, parseCitationQuery, resolveCitation, sourceViewPath } from '../../src/core/citation';
import { dataset } from '../../src/core/dataset';
import { PAGE_TO_BACKGROUND, parseRequest } from '../../src/platform/messaging';

const SOURCE = 'cnn-2017-01-23-astana-talks';
const FACT = dataset.entities.find((e) => e.id === 'mohammad-alloush')!.facts[0]!;
const QUOTE = dataset.quotes[0]!;

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('the source view address', () => {
  it('names the source and the fact or quote, and reads back the same', () => {
    expect(sourceViewPath({ sourceId: SOURCE, factId: FACT.id })).toBe(`/source.html?source=${SOURCE}&fact=${FACT.id}`);
    expect(citationQuery({ sourceId: SOURCE, quoteId: QUOTE.id })).toBe(`source=${SOURCE}&quote=${QUOTE.id}`);
    expect(parseCitationQuery(`?source=${SOURCE}&fact=${FACT.id}`)).toEqual({ sourceId: SOURCE, factId: FACT.id });
    expect(parseCitationQuery(`?source=${SOURCE}`)).toEqual({ sourceId: SOURCE });
    expect(parseCitationQuery('')).toEqual({ sourceId: '' });
  });
});

describe('resolveCitation', () => {
  it('gives the source, its text and the cited fact or quote', () => {
    const fact = resolveCitation({ sourceId: SOURCE, factId: FACT.id });
    expect(fact.ok && fact.citation.cited).toMatchObject({ kind: 'fact', fact: { id: FACT.id }, entity: { id: 'mohammad-alloush' } });
    expect(fact.ok && fact.citation.text.length).toBeGreaterThan(1000);
    const quote = resolveCitation({ sourceId: SOURCE, quoteId: QUOTE.id });
    expect(quote.ok && quote.citation.cited).toMatchObject({ kind: 'quote', quote: { id: QUOTE.id } });
    const whole = resolveCitation({ sourceId: SOURCE });
    expect(whole).toMatchObject({ ok: true, citation: { cited: null, citedProblem: null } });
  });

  it('fails on a missing, malformed or unknown source', () => {
    expect(resolveCitation({ sourceId: '' })).toEqual({ ok: false, problem: { kind: 'no-source' } });
    expect(resolveCitation({ sourceId: 'bbc-2020' })).toEqual({ ok: false, problem: { kind: 'unknown-source', id: 'bbc-2020' } });
    expect(resolveCitation({ sourceId: '../secret' })).toMatchObject({ ok: false, problem: { kind: 'unknown-source' } });
    expect(resolveCitation({ sourceId: 'constructor' })).toMatchObject({ ok: false, problem: { kind: 'unknown-source' } });
    expect(resolveCitation({ sourceId: '__proto__' })).toMatchObject({ ok: false, problem: { kind: 'unknown-source' } });
  });

  it('keeps the source but flags an unknown fact or quote, one of another source, or both at once', () => {
    const problem = (citation: Parameters<typeof resolveCitation>[0]) => {
      const result = resolveCitation(citation);
      return result.ok ? result.citation.citedProblem : 'failed';
    };
    expect(problem({ sourceId: SOURCE, factId: 'nope' })).toEqual({ kind: 'unknown-fact', id: 'nope' });
    expect(problem({ sourceId: SOURCE, factId: '' })).toEqual({ kind: 'unknown-fact', id: '' });
    // An entity id or a quote id is no fact id.
    expect(problem({ sourceId: SOURCE, factId: 'mohammad-alloush' })).toEqual({ kind: 'unknown-fact', id: 'mohammad-alloush' });
    expect(problem({ sourceId: SOURCE, quoteId: FACT.id })).toEqual({ kind: 'unknown-quote', id: FACT.id });
    expect(problem({ sourceId: SOURCE, factId: FACT.id, quoteId: QUOTE.id })).toEqual({ kind: 'fact-and-quote' });
  });
});

describe('the background\'s open-source message', () => {
  const tab = { id: 7, index: 2, windowId: 3 };
  const fromContentScript = () => ({ id: fakeBrowser.runtime.id, url: 'https://example.org/news', frameId: 0, tab });

  it('is part of the protocol, with ids of the dataset\'s shape only', () => {
    expect(parseRequest(PAGE_TO_BACKGROUND, { type: 'open-source', sourceId: SOURCE, factId: FACT.id })).toEqual({ type: 'open-source', sourceId: SOURCE, factId: FACT.id });
    for (const bad of [
      { type: 'open-source' },
      { type: 'open-source', sourceId: 'javascript:alert(1)' },
      { type: 'open-source', sourceId: SOURCE, factId: 'a&quote=b' },
      { type: 'open-source', sourceId: SOURCE, url: 'https://evil.example/' },
      { type: 'open-source', sourceId: 'a'.repeat(201) },
    ]) {
      expect(parseRequest(PAGE_TO_BACKGROUND, bad), JSON.stringify(bad)).toBeNull();
    }
  });

  it('opens only citations of the dataset, with ids taken from the dataset', () => {
    expect(citationToOpen({ type: 'open-source', sourceId: SOURCE, factId: FACT.id })).toEqual({ sourceId: SOURCE, factId: FACT.id });
    expect(citationToOpen({ type: 'open-source', sourceId: SOURCE, quoteId: QUOTE.id })).toEqual({ sourceId: SOURCE, quoteId: QUOTE.id });
    expect(citationToOpen({ type: 'open-source', sourceId: SOURCE })).toEqual({ sourceId: SOURCE });
    expect(citationToOpen({ type: 'open-source', sourceId: 'nope' })).toBeNull();
    expect(citationToOpen({ type: 'open-source', sourceId: SOURCE, factId: 'nope' })).toBeNull();
    expect(citationToOpen({ type: 'open-source', sourceId: SOURCE, factId: FACT.id, quoteId: QUOTE.id })).toBeNull();
  });

  it('opens the source view next to the card\'s tab, and nothing for a bad message or sender', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await openSourceView({ type: 'open-source', sourceId: SOURCE, factId: FACT.id }, fromContentScript());
    expect(create).toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledWith({
      url: `chrome-extension://${fakeBrowser.runtime.id}/source.html?source=${SOURCE}&fact=${FACT.id}`,
      windowId: 3,
      index: 3,
      openerTabId: 7,
    });
    await openSourceView({ type: 'open-source', sourceId: SOURCE, factId: 'nope' }, fromContentScript());
    // Only from our own content script: not another extension, not a frame, not without a tab.
    const message = { type: 'open-source', sourceId: SOURCE, factId: FACT.id } as const;
    await openSourceView(message, { ...fromContentScript(), id: 'other-extension' });
    await openSourceView(message, { ...fromContentScript(), frameId: 3 });
    await openSourceView(message, { id: fakeBrowser.runtime.id, url: 'https://example.org/news', frameId: 0 });
    expect(create).toHaveBeenCalledTimes(1);
  });
});
