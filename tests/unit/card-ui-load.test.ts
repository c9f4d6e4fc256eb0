import { describe, expect, it } from 'vitest';
import { CARD_UI_GLOBAL } from '../../src/card/contract';
import { loadCardUi } from '../../src/page/cards/load-card-ui';
import { registerCardUi } from '../../src/card/register';

describe('the card script hand-over', () => {
  it('is null, once and for all, when the card script cannot be imported', async () => {
    // Under test there is no extension to import the script from, as after an extension reload.
    const first = loadCardUi();
    expect(first).toBe(loadCardUi());
    await expect(first).resolves.toBeNull();
  });

  it('the card script leaves its API on the global it runs in', () => {
    const global = globalThis as Record<string, unknown>;
    delete global[CARD_UI_GLOBAL];
    registerCardUi();
    expect(typeof (global[CARD_UI_GLOBAL] as { createSurface?: unknown }).createSurface).toBe('function');
    delete global[CARD_UI_GLOBAL];
  });
});
