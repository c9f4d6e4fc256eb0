import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getEntity } from '../../../src/core/dataset';
import { directionOfText } from '../../../src/platform/i18n';
import { EntityDetails } from '../../../src/ui/EntityDetails';
import ar from '../../../public/_locales/ar/messages.json';

/** The browser serving the Arabic messages, as Chromium started with --lang=ar does. */
function serveArabic() {
  const messages = ar as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
  const getMessage = (name: string, subs: string[] = []) => {
    if (name === '@@ui_locale') return 'en_US';
    const entry = messages[name];
    if (!entry) return '';
    return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_m, token: string) =>
      (entry.placeholders?.[token.toLowerCase()]?.content ?? '').replace(/\$(\d)/g, (_n, d: string) => subs[Number(d) - 1] ?? ''),
    );
  };
  vi.stubGlobal('chrome', { i18n: { getMessage } });
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as typeof fakeBrowser.i18n.getMessage);
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('directionOfText', () => {
  it('reads the first letter, past quotation marks, digits and isolates', () => {
    expect(directionOfText('“Assad must go.”')).toBe('ltr');
    expect(directionOfText('«\u2068الأسد\u2069»')).toBe('rtl');
    expect(directionOfText('2017: Астана')).toBe('ltr');
    expect(directionOfText('…!')).toBeUndefined();
  });
});

describe('entity details in the Arabic interface', () => {
  it('keeps the English dataset text marked English and running its own way, and says it is English', () => {
    serveArabic();
    const entity = getEntity('mehmet-simsek')!;
    const { container } = render(<EntityDetails entity={entity} />);
    const name = container.querySelector('.af-details-name')!;
    expect(name.getAttribute('lang')).toBe('en');
    expect(name.getAttribute('dir')).toBe('auto');
    for (const fact of container.querySelectorAll('.af-fact-text')) {
      expect(fact.getAttribute('lang')).toBe('en');
      expect(fact.getAttribute('dir')).toBe('auto');
    }
    // A direct quote in the interface's marks, the English words set apart, the block left to right.
    const quote = container.querySelector('.af-quote--direct .af-quote-text')!;
    expect(quote.textContent).toMatch(/^«\u2068.+\u2069»$/);
    expect(quote.getAttribute('dir')).toBe('ltr');
    // Labels and dates are Arabic; the note says the facts stay English.
    expect(container.querySelector('.af-section-title')!.textContent).toBe('حقائق');
    expect(container.querySelector('.af-source')!.textContent).toMatch(/يناير/);
    expect(container.querySelector('.af-details-language')!.textContent).toBe(ar.datasetLanguageNote.message);
  });

  it('shows no language note in the English interface', () => {
    const { container } = render(<EntityDetails entity={getEntity('mehmet-simsek')!} />);
    expect(container.querySelector('.af-details-language')).toBeNull();
    expect(container.querySelector('.af-quote--direct .af-quote-text')!.textContent).toMatch(/^“[^\u2068]+”$/);
  });
});
