// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LookupApp, resolveLookup } from '../../../src/lookup/LookupApp';

beforeEach(() => fakeBrowser.reset());
afterEach(() => cleanup());

describe('lookup page', () => {
  it('resolves ?id= and ?q=', () => {
    expect(resolveLookup('?id=isis').entity?.id).toBe('isis');
    expect(resolveLookup('?id=nope')).toMatchObject({ entity: null, missingId: 'nope' });
    expect(resolveLookup('?q=Army%20of%20Islam').entity?.id).toBe('jaish-al-islam');
    expect(resolveLookup('?q=asaad')).toMatchObject({ entity: null, query: 'asaad' });
    expect(resolveLookup('')).toMatchObject({ entity: null, query: '' });
  });

  it('finds the name inside a selection wider than it', () => {
    expect(resolveLookup('?q=Mr.%20Alloush').entity?.id).toBe('mohammad-alloush');
    expect(resolveLookup('?q=ISIS%20fighters').entity?.id).toBe('isis');
    expect(resolveLookup('?q=the%20Assad%20regime').entity?.id).toBe('bashar-al-assad');
    expect(resolveLookup('?q=the%20weather%20today').entity).toBeNull();
  });

  it('shows the entity a query names directly', () => {
    render(<LookupApp search="?q=Mehmet%20Simsek" />);
    expect(screen.getByRole('heading', { level: 2, name: 'Mehmet Şimşek' })).toBeTruthy();
  });

  it('shows search results for a query that names nothing exactly, and opens one', () => {
    render(<LookupApp search="?q=asaad" />);
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
    const options = screen.getAllByRole('option');
    expect(options[0]!.textContent).toContain('Bashar al-Assad');
    fireEvent.keyDown(screen.getByRole('combobox'), { key: 'Enter' });
    expect(screen.getByRole('heading', { level: 2, name: 'Bashar al-Assad' })).toBeTruthy();
    expect(location.search).toBe('?id=bashar-al-assad');
  });

  it('shows an entity by id, and says when the id is unknown', () => {
    render(<LookupApp search="?id=united-nations" />);
    expect(screen.getByRole('heading', { level: 2, name: 'United Nations' })).toBeTruthy();
    cleanup();
    render(<LookupApp search="?id=nope" />);
    expect(screen.getByRole('status').textContent).toContain('“nope”');
  });
});
