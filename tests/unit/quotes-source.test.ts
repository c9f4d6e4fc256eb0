import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/core/dataset';
import { compileMatcher } from '../../src/core/matcher';
import { attributeQuotations, checkQuotations, findQuotations } from '../../src/core/quotes';

/** The project's source copy: ”…” on both sides, hyphenated words stripped. */
const SOURCE = readFileSync('data/sources/cnn-2017-01-23-astana-talks.txt', 'utf8');
const matcher = compileMatcher(dataset.entities);
const byId = new Map(dataset.entities.map((e) => [e.id, e]));

describe('the CNN source copy', () => {
  const checked = checkQuotations(SOURCE, matcher, dataset);

  it.each(
    dataset.quotes
      .filter((q) => q.kind === 'direct' && ['mehmet-simsek', 'mohammad-alloush'].includes(q.speakerId ?? ''))
      .map((q) => [q.id, q] as const),
  )('finds %s as an exact quote of the right speaker', (_id, quote) => {
    const hit = checked.find((c) => c.verdict.quote?.id === quote.id);
    expect(hit, `no checked quotation matches ${quote.id}`).toBeDefined();
    expect(hit!.speakerId).toBe(quote.speakerId);
    expect(hit!.verdict.verdict).toBe('exact');
    expect(hit!.verdict.otherSpeaker).toBeUndefined();
  });

  it('finds every quotation of the copy, with its marks', () => {
    const found = findQuotations(SOURCE);
    expect(found.length).toBe(6);
    expect(found.every((q) => q.marks === 'curly')).toBe(true);
  });

  it('does not give the Syrian daily’s words (its name stripped) to a person', () => {
    const all = attributeQuotations(SOURCE, findQuotations(SOURCE), matcher, byId);
    const daily = all.find((a) => a.text.startsWith('figures representing the military'));
    expect(daily).toBeDefined();
    if (daily!.speakerId !== null) expect(byId.get(daily!.speakerId)!.category).not.toBe('person');
    expect(checked.some((c) => c.text.startsWith('figures representing'))).toBe(
      daily!.speakerId !== null,
    );
  });

  it('attributes nothing to a place, and returns attributed quotations only', () => {
    for (const c of checked) {
      expect(['person', 'group', 'organization']).toContain(byId.get(c.speakerId)!.category);
    }
    // "The new US administration said it won't be sending … because of ”the immediate demands …”":
    // the words follow "said it …", so they are not certainly the administration's own; left alone.
    expect(checked.some((c) => c.text.startsWith('the immediate demands'))).toBe(false);
  });
});
