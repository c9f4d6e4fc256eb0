// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { App } from '../../../src/popup/PopupApp';
import { dataset } from '../../../src/core/dataset';
import { compileMatcher } from '../../../src/core/matcher';
import { PageStateSchema, type PageState } from '../../../src/platform/messaging';
import { checkQuotations, type CheckedQuotation } from '../../../src/core/quotes';
import { quotesItem } from '../../../src/platform/settings-storage';
import { QuoteCard } from '../../../src/card/QuoteCard';
import * as v from 'valibot';

const matcher = compileMatcher(dataset.entities);
const ANCHOR = { top: 10, left: 10, bottom: 30, right: 100 };

function checkOne(text: string): CheckedQuotation {
  const [checked] = checkQuotations(text, matcher, dataset);
  if (!checked) throw new Error(`no checked quotation in: ${text}`);
  return checked;
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('QuoteCard', () => {
  it('shows the verdict, the recorded quote with speaker, venue and source', () => {
    const checked = checkOne(
      '“So now for the first time the actors who have big stakes, who are on the ground, who have significant leverage on fighting components, are together working on this,” Mehmet Simsek told Russian TASS news agency.',
    );
    render(<QuoteCard id="card" checked={checked} anchor={ANCHOR} />);
    const card = screen.getByRole('dialog');
    expect(card.getAttribute('data-verdict')).toBe('exact');
    expect(card.textContent).toContain('Matches the recorded quote of Mehmet Şimşek');
    expect(card.textContent).toContain('told Russian TASS news agency');
    expect(card.textContent).toContain('CNN, January 23, 2017');
    expect(card.querySelector('.af-diff')).toBeNull();
  });

  it('shows the word differences of a close quotation as <del> and <ins> text', () => {
    const checked = checkOne(
      '“Astana is a course to finish the bloodletting by the regime and its allies. We wish to finish this sequence of <b>crimes</b>,” Mohammad Alloush told AFP.',
    );
    expect(checked.verdict.verdict).toBe('close');
    render(<QuoteCard id="card" checked={checked} anchor={ANCHOR} />);
    const card = screen.getByRole('dialog');
    expect([...card.querySelectorAll('.af-diff del')].map((el) => el.textContent)).toContain('of');
    // Page text is rendered as text, never as markup: the page's "<b>" makes no element.
    expect(card.querySelector('.af-diff b')).toBeNull();
    expect([...card.querySelectorAll('.af-diff ins')].map((el) => el.textContent)).toContain('b');
  });

  it('shows words recorded for someone else, and calls nothing false or fabricated', () => {
    const checked = checkOne(
      'Mohammad Alloush said: “So now for the first time the actors who have big stakes, who are on the ground, who have significant leverage on fighting components, are together working on this.”',
    );
    render(<QuoteCard id="card" checked={checked} anchor={ANCHOR} />);
    const card = screen.getByRole('dialog');
    const text = card.textContent ?? '';
    expect(card.getAttribute('data-verdict')).toBe('misattributed');
    expect(card.querySelector('.af-verdict')!.textContent).toBe('Recorded as said by Mehmet Şimşek');
    expect(text).toContain('Not in our records for Mohammad Alloush: our sources record these words as said by Mehmet Şimşek.');
    expect(text).toContain('Recorded as said by Mehmet Şimşek');
    // No "we have no recorded quote with these words": we have, for someone else.
    expect(text).not.toContain('We have no recorded quote');
    expect(text).not.toMatch(/fabricat|fake/i);
    expect(text).not.toMatch(/false/i);
  });
});

describe('popup: quotes on this page', () => {
  type Tab = Browser.tabs.Tab;
  const state: PageState = {
    site: 'cnn.com',
    host: 'edition.cnn.com',
    active: true,
    mentions: [{ entityId: 'mehmet-simsek', count: 2 }],
    quotes: [
      { verdict: 'exact', speakerId: 'mehmet-simsek', text: 'facts on the ground have changed dramatically', recordedQuoteId: 'simsek-davos-facts-changed' },
      { verdict: 'misattributed', speakerId: 'mohammad-alloush', text: 'So now for the first time', otherSpeakerId: 'mehmet-simsek' },
    ],
  };
  let sent: unknown[];

  beforeEach(() => {
    fakeBrowser.reset();
    sent = [];
    const tab = { id: 7, index: 0, url: 'https://edition.cnn.com/x', active: true, highlighted: true, incognito: false, pinned: false, windowId: 0 } as Tab;
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab]);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tabId: number, message: { type: string }) => {
      sent.push(message);
      return message.type === 'get-page-state' ? state : true;
    }) as never);
  });

  it('lists each checked quotation with its verdict and speaker; a click asks the page to reveal it', async () => {
    expect(v.is(PageStateSchema, state)).toBe(true);
    render(<App />);
    const section = (await screen.findByRole('heading', { name: 'Quotes on this page' })).closest('section')!;
    const items = within(section).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.af-verdict')!.textContent)).toEqual(['Exact', 'Recorded as said by Mehmet Şimşek']);
    expect(items[0]!.textContent).toContain('Mehmet Şimşek');
    expect(items[1]!.textContent).toContain('Recorded as said by Mehmet Şimşek');
    fireEvent.click(within(items[1]!).getByRole('button'));
    expect(sent).toContainEqual({ type: 'reveal-quote', index: 1 });
  });

  it('says when quote checking is off', async () => {
    await quotesItem.setValue(false);
    render(<App />);
    expect(await screen.findByText('Quote checking is off. Switch it on in the options.')).toBeTruthy();
  });
});
