// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getEntity, quotesBySpeaker } from '../../../src/core/dataset';
import type { Entity } from '../../../src/core/dataset/schema';
import { EntityDetails } from '../../../src/ui/EntityDetails';
import { formatDate } from '../../../src/ui/format';
import { formatFallback, t } from '../../../src/platform/i18n';
import { SearchBox } from '../../../src/ui/SearchBox';
import { SourceLine } from '../../../src/ui/SourceLine';
import { Switch } from '../../../src/ui/Switch';
import messages from '../../../public/_locales/en/messages.json';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('i18n', () => {
  it('falls back to the bundled English text and fills placeholders', () => {
    expect(t('popupHighlightOnSite', 'cnn.com')).toBe('Highlight on cnn.com');
    expect(t('sourceLine', 'CNN', '23 January 2017')).toBe('CNN, 23 January 2017');
    expect(t('mentionsMany', 3)).toBe('3 mentions');
  });

  it('formats Chrome message entries', () => {
    expect(formatFallback({ message: 'Costs $$5 at $WHERE$', placeholders: { where: { content: '$1' } } }, ['x'])).toBe(
      'Costs $5 at x',
    );
  });

  it('every message names only placeholders it declares, each as $1..$9', () => {
    for (const [key, entry] of Object.entries(messages as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>)) {
      expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
      for (const [, name] of entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)) {
        expect(entry.placeholders?.[name!.toLowerCase()], `${key}: $${name}$`).toBeDefined();
      }
      for (const placeholder of Object.values(entry.placeholders ?? {})) expect(placeholder.content).toMatch(/^\$[1-9]$/);
    }
  });

  it('uses the browser translation when there is one', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('Suche');
    expect(t('searchLabel')).toBe('Suche');
  });
});

describe('formatDate', () => {
  it('writes day, month name and year without time-zone shifts', () => {
    expect(formatDate('2017-01-23')).toBe('January 23, 2017');
    expect(formatDate('2017-12-01')).toBe('December 1, 2017');
    expect(formatDate('last week')).toBe('last week');
  });
});

describe('SourceLine', () => {
  it('shows outlet and date, to follow to the source view (tests/unit/ui/source-link.test.tsx)', () => {
    const { container } = render(<SourceLine sourceId="cnn-2017-01-23-astana-talks" />);
    expect(container.textContent).toContain('CNN, January 23, 2017');
    // Never to a guessed address of the outlet: this source has none.
    expect(container.querySelector('a[href^="http"]')).toBeNull();
  });

  it('says when the source is unknown', () => {
    const { container } = render(<SourceLine sourceId="no-such-source" />);
    expect(container.textContent).toBe('Unknown source');
  });
});

describe('EntityDetails', () => {
  const simsek = getEntity('mehmet-simsek')!;

  it('shows name, category, role, every fact with its source, quotes and aliases', () => {
    render(<EntityDetails entity={simsek} />);
    expect(screen.getByRole('heading', { level: 2, name: simsek.name })).toBeTruthy();
    expect(screen.getByText('Person')).toBeTruthy();
    expect(screen.getByText(simsek.role)).toBeTruthy();

    const facts = screen.getByRole('region', { name: 'Facts' });
    const items = within(facts).getAllByRole('listitem');
    expect(items).toHaveLength(simsek.facts.length);
    items.forEach((item, index) => {
      expect(item.textContent).toContain(simsek.facts[index]!.text);
      expect(item.textContent).toContain('CNN, January 23, 2017');
    });
    // The only source has no url: no links at all.
    expect(within(facts).queryAllByRole('link')).toHaveLength(0);

    const quotes = screen.getByRole('region', { name: 'Quotes' });
    const expected = quotesBySpeaker(simsek.id);
    expect(quotes.querySelectorAll('figure')).toHaveLength(expected.length);
    expect(quotes.textContent).toContain('told Russian TASS news agency');
    expect(quotes.textContent).toContain('Direct quote');
    expect(quotes.textContent).toContain('Reported');
    expect(quotes.textContent).toContain('last week');

    const aliases = screen.getByRole('region', { name: 'Also known as' });
    expect(aliases.textContent).toContain('Mehmet Simsek');
    expect(aliases.textContent).toContain('Şimşek');
  });

  it('leaves out the quotes section for an entity that said nothing', () => {
    render(<EntityDetails entity={getEntity('aleppo')!} />);
    expect(screen.queryByRole('region', { name: 'Quotes' })).toBeNull();
  });

  it('renders dataset text as text, never as markup', () => {
    const hostile: Entity = {
      id: 'x',
      name: '<img src=x onerror=alert(1)>',
      category: 'group',
      role: '<b>bold</b>',
      roleFactId: 'f',
      aliases: ['X'],
      facts: [{ id: 'f', text: '<script>bad()</script>', sourceId: 'cnn-2017-01-23-astana-talks', evidence: ['e'] }],
    };
    const { container } = render(<EntityDetails entity={hostile} />);
    expect(container.querySelector('img, b, script')).toBeNull();
    expect(container.textContent).toContain('<script>bad()</script>');
  });
});

describe('SearchBox', () => {
  it('is focused on mount and filters as you type', () => {
    render(<SearchBox onOpen={() => {}} />);
    const input = screen.getByRole('combobox');
    expect(document.activeElement).toBe(input);
    expect(input.getAttribute('aria-expanded')).toBe('false');

    fireEvent.input(input, { target: { value: 'asad' } });
    const options = screen.getAllByRole('option');
    expect(options[0]!.textContent).toContain('Bashar al-Assad');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0]!.id);

    fireEvent.input(input, { target: { value: 'army of islam' } });
    expect(screen.getAllByRole('option')[0]!.textContent).toContain('Jaish al-Islam');
    expect(screen.getAllByRole('option')[0]!.textContent).toContain('matches “Army of Islam”');

    fireEvent.input(input, { target: { value: 'xyzzy' } });
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByRole('status').textContent).toContain('No match for “xyzzy”');
  });

  it('moves with ArrowDown/ArrowUp and opens the highlighted entity with Enter', () => {
    const onOpen = vi.fn();
    render(<SearchBox onOpen={onOpen} />);
    const input = screen.getByRole('combobox');
    fireEvent.input(input, { target: { value: 'geneva' } });
    const options = screen.getAllByRole('option');
    expect(options.length).toBeGreaterThanOrEqual(2);
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');

    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(screen.getAllByRole('option')[1]!.getAttribute('aria-selected')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[1]!.id);

    fireEvent.keyDown(input, { key: 'ArrowUp' });
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    // Wraps around to the last result.
    const all = screen.getAllByRole('option');
    expect(all[all.length - 1]!.getAttribute('aria-selected')).toBe('true');

    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(onOpen.mock.calls[0]![0].id).toBe('geneva-talks');
  });

  it('opens a result on click and clears with Escape', () => {
    const onOpen = vi.fn();
    render(<SearchBox onOpen={onOpen} initialQuery="simsek" />);
    fireEvent.click(screen.getAllByRole('option')[0]!);
    expect(onOpen.mock.calls[0]![0].id).toBe('mehmet-simsek');
    const input = screen.getByRole('combobox') as HTMLInputElement;
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.value).toBe('');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
  });
});

describe('Switch', () => {
  it('is a labelled checkbox with role switch', () => {
    const onChange = vi.fn();
    render(<Switch label="Highlight on cnn.com" checked={false} onChange={onChange} />);
    const control = screen.getByRole('switch', { name: 'Highlight on cnn.com' }) as HTMLInputElement;
    expect(control.type).toBe('checkbox');
    expect(control.checked).toBe(false);
    fireEvent.click(control);
    expect(onChange).toHaveBeenCalledWith(true);
  });
});
