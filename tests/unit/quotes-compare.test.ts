import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/core/dataset/schema';
import { dataset } from '../../src/core/dataset';
import { compileMatcher } from '../../src/core/matcher';
import { checkQuotations, compareQuotation, verdictLabel as verdictMessages, type QuoteVerdict } from '../../src/core/quotes';
import { t } from '../../src/platform/i18n';

/** The verdict as the English interface words it (the core returns message keys, not words). */
const verdictLabel = (...args: Parameters<typeof verdictMessages>) =>
  verdictMessages(...args)
    .map(({ key, substitutions }) => t(key, ...substitutions))
    .join(' ');

const quotes = dataset.quotes;
const quote = (id: string) => quotes.find((q) => q.id === id)!;
const SHOUTED = quote('simsek-tass-shouted-at-each-other');
const TOGETHER = quote('simsek-tass-first-time-together');

/** A recorded quote for tests only. */
const recorded = (id: string, speakerId: string, text: string, kind: Quote['kind'] = 'direct'): Quote => ({
  id,
  speakerId,
  text,
  kind,
  venue: 'test',
  sourceId: 'test-source',
  evidence: [text],
});

describe('exact', () => {
  it('ignores case, punctuation, quote marks, apostrophes, whitespace and diacritics', () => {
    const words =
      '\u2018YES\u2019 \u2014 there\'s been a lot of efforts in the past in  Geneva, and elsewhere; but there was a broad sort of effort and people just literally shouted at each other!';
    expect(compareQuotation(words, 'mehmet-simsek', quotes)).toEqual({ verdict: 'exact', quote: SHOUTED });
    const accented = [recorded('a', 'mehmet-simsek', 'Şimşek sees the façade of the talks')];
    expect(compareQuotation('Simsek sees the FACADE of the talks', 'mehmet-simsek', accented).verdict).toBe('exact');
  });
});

describe('partial', () => {
  it('is a contiguous fragment of at least four words', () => {
    expect(compareQuotation('people just literally shouted at each other', 'mehmet-simsek', quotes)).toEqual({
      verdict: 'partial',
      quote: SHOUTED,
    });
    expect(compareQuotation('shouted at each other', 'mehmet-simsek', quotes).verdict).toBe('partial');
  });

  it('is not a three-word fragment', () => {
    expect(compareQuotation('shouted at each', 'mehmet-simsek', quotes)).toEqual({ verdict: 'unknown' });
    expect(compareQuotation('facts on the', 'mehmet-simsek', quotes)).toEqual({ verdict: 'unknown' });
  });
});

describe('close', () => {
  it('tolerates small differences and returns a word diff', () => {
    const words =
      'So now for the first time the actors who have big stakes, who are on the ground, who have great leverage on fighting components, are working together on this';
    const v = compareQuotation(words, 'mehmet-simsek', quotes);
    expect(v.verdict).toBe('close');
    expect(v.quote).toBe(TOGETHER);
    const changes = v.diff!.filter((d) => d.op !== 'same');
    expect(changes).toContainEqual({ op: 'removed', word: 'significant' });
    expect(changes).toContainEqual({ op: 'added', word: 'great' });
    expect(changes.length).toBeLessThanOrEqual(6);
    // The page side of the diff reads as the page words.
    expect(v.diff!.filter((d) => d.op !== 'removed').map((d) => d.word).join(' ')).toBe(
      words.replace(/,/g, ''),
    );
  });

  it('accepts a longer fragment with a small difference', () => {
    const v = compareQuotation('the actors who have huge stakes, who are on the ground', 'mehmet-simsek', quotes);
    expect(v.verdict).toBe('close');
    expect(v.quote).toBe(TOGETHER);
    expect(v.diff).toEqual([
      { op: 'same', word: 'the' },
      { op: 'same', word: 'actors' },
      { op: 'same', word: 'who' },
      { op: 'same', word: 'have' },
      { op: 'removed', word: 'big' },
      { op: 'added', word: 'huge' },
      { op: 'same', word: 'stakes' },
      { op: 'same', word: 'who' },
      { op: 'same', word: 'are' },
      { op: 'same', word: 'on' },
      { op: 'same', word: 'the' },
      { op: 'same', word: 'ground' },
    ]);
  });

  it('against a reported paraphrase, is close only with a word difference to show', () => {
    const paraphrase = quote('alloush-only-ceasefire');
    expect(paraphrase.kind).toBe('reported');
    const v = compareQuotation('The opposition here is only interested in a ceasefire', 'mohammad-alloush', quotes);
    expect(v.verdict).toBe('close');
    expect(v.quote).toBe(paraphrase);
    expect(v.diff!.some((d) => d.op !== 'same')).toBe(true);
    // Quoted word for word, the paraphrase is matched as it is; the card says it is reported speech.
    const same = compareQuotation('The opposition in Astana is only interested in a ceasefire', 'mohammad-alloush', quotes);
    expect(same).toEqual({ verdict: 'exact', quote: paraphrase });
    expect(verdictLabel(same, 'Mohammad Alloush')).toMatch(/paraphrase .*reported speech, not a verbatim quote/);
    expect(compareQuotation('opposition in Astana is only interested in a ceasefire', 'mohammad-alloush', quotes).verdict).toBe('partial');
    // A short fragment of a paraphrase is not evidence of anything.
    expect(compareQuotation('only interested in a ceasefire', 'mohammad-alloush', quotes).verdict).toBe('unknown');
  });

  it('always has a word added or removed: never "close, with differences" with none to show', () => {
    const texts = [
      ...quotes.map((q) => q.text),
      'The opposition in Astana is only interested in a ceasefire',
      'It invited to the talks all the opposition fighting groups except ISIS and Jabhat Fateh al-Sham',
      'facts on the ground have changed dramatically',
      'He hopes rebels attending peace talks will agree to lay down their arms',
    ];
    for (const text of texts) {
      for (const speakerId of new Set(quotes.flatMap((q) => q.speakerId ?? []))) {
        for (const v of [compareQuotation(text, speakerId, quotes)]) {
          if (v.verdict === 'close') expect(v.diff!.some((d) => d.op !== 'same'), text).toBe(true);
          if (v.otherVerdict === 'close') expect(v.otherDiff!.some((d) => d.op !== 'same'), text).toBe(true);
        }
      }
    }
  });

  it('needs most of the words to match', () => {
    const short = [recorded('s', 'mehmet-simsek', 'the immediate demands of the transition')];
    expect(compareQuotation('the immediate demands', 'mehmet-simsek', short).verdict).toBe('unknown');
    expect(compareQuotation('two words', 'mehmet-simsek', [recorded('t', 'mehmet-simsek', 'other things')]).verdict).toBe(
      'unknown',
    );
  });
});

describe('unknown and other speakers', () => {
  it('is unknown when the speaker has no recorded quote like it', () => {
    expect(compareQuotation('We will never negotiate with terrorists', 'mehmet-simsek', quotes)).toEqual({
      verdict: 'unknown',
    });
    expect(compareQuotation('We will never negotiate with terrorists', 'no-such-speaker', quotes)).toEqual({
      verdict: 'unknown',
    });
  });

  it('calls words recorded for another speaker misattributed, not "not in our records"', () => {
    const v = compareQuotation(SHOUTED.text, 'mohammad-alloush', quotes);
    expect(v).toEqual({ verdict: 'misattributed', otherSpeaker: SHOUTED, otherVerdict: 'exact' });
    expect(verdictLabel(v, 'Mohammad Alloush', 'Mehmet Şimşek')).toBe(
      'Not in our records for Mohammad Alloush: our sources record these words as said by Mehmet Şimşek.',
    );
    const part = compareQuotation('people just literally shouted at each other', 'mohammad-alloush', quotes);
    expect(part).toEqual({ verdict: 'misattributed', otherSpeaker: SHOUTED, otherVerdict: 'partial' });
    expect(verdictLabel(part, 'Mohammad Alloush', 'Mehmet Şimşek')).toBe(
      'Not in our records for Mohammad Alloush: our sources record these words as part of a quote of Mehmet Şimşek.',
    );
  });

  it('does not give words to a source that only reported them', () => {
    const daily = quotes.find((q) => q.reportedBy !== undefined && q.speakerId === undefined);
    expect(daily).toBeDefined();
    expect(compareQuotation(daily!.text, 'bashar-al-jaafari', quotes)).toEqual({ verdict: 'unknown' });
  });

  it('finds a misattribution in page text', () => {
    const matcher = compileMatcher(dataset.entities);
    const text = `Alloush told AFP: "${SHOUTED.text}."`;
    const [checked, ...rest] = checkQuotations(text, matcher, dataset);
    expect(rest).toEqual([]);
    expect(checked!.speakerId).toBe('mohammad-alloush');
    expect(checked!.verdict).toMatchObject({ verdict: 'misattributed', otherSpeaker: SHOUTED });
  });
});

describe('gaps left by stripped words', () => {
  const gapped = [
    recorded(
      'gap',
      'mohammad-alloush',
      'Astana is a course of   to finish the bloodletting by the regime and its allies. We wish to finish this sequence of crimes',
    ),
  ];
  const check = (words: string) => compareQuotation(words, 'mohammad-alloush', gapped);

  it('lets a gap stand for one lost word or none', () => {
    const full = ' to finish the bloodletting by the regime and its allies. We wish to finish this sequence of crimes';
    expect(check(`Astana is a course of action${full}`).verdict).toBe('exact');
    expect(check(`Astana is a course of${full}`).verdict).toBe('exact');
    expect(check(`Astana is a course of cease-fire${full}`).verdict).toBe('exact');
    expect(check('a course of action to finish the bloodletting').verdict).toBe('partial');
  });

  it('takes a gap the source closed up from the record (gapsAfter)', () => {
    const closed = [
      {
        ...recorded('closed', 'mohammad-alloush', 'Astana is a course of to finish the bloodletting by the regime and its allies.'),
        gapsAfter: ['Astana is a course of'],
      },
    ];
    const words = (page: string) => compareQuotation(page, 'mohammad-alloush', closed).verdict;
    expect(words('Astana is a course of action to finish the bloodletting by the regime and its allies.')).toBe('exact');
    expect(words('Astana is a course of to finish the bloodletting by the regime and its allies.')).toBe('exact');
    // Without the record of the gap, the added word is a difference.
    const plain = [recorded('plain', 'mohammad-alloush', 'Astana is a course of to finish the bloodletting by the regime and its allies.')];
    expect(compareQuotation('Astana is a course of action to finish the bloodletting by the regime and its allies.', 'mohammad-alloush', plain).verdict).not.toBe('exact');
  });

  it('does not let a gap stand for two words', () => {
    const v = check(
      'Astana is a course of joint action to finish the bloodletting by the regime and its allies. We wish to finish this sequence of crimes',
    );
    expect(v.verdict).toBe('close');
    expect(v.diff).toContainEqual({ op: 'same', word: 'joint', gap: true });
    expect(v.diff).toContainEqual({ op: 'added', word: 'action' });
  });

  it('does not take two spaces after a full stop for a gap', () => {
    const typographic = [recorded('typo', 'mehmet-simsek', 'We came here to talk.  Nobody shouts any more now')];
    expect(compareQuotation('We came here to talk. Nobody shouts any more now', 'mehmet-simsek', typographic).verdict).toBe('exact');
    expect(compareQuotation('We came here to talk. So nobody shouts any more now', 'mehmet-simsek', typographic).verdict).toBe(
      'close',
    );
  });
});

describe('verdictLabel', () => {
  const v = (verdict: QuoteVerdict['verdict'], extra: Partial<QuoteVerdict> = {}): QuoteVerdict => ({ verdict, ...extra });

  it('words every verdict without calling anything false', () => {
    expect(verdictLabel(v('exact', { quote: SHOUTED }), 'Mehmet Şimşek')).toBe('Matches the recorded quote of Mehmet Şimşek.');
    expect(verdictLabel(v('partial', { quote: SHOUTED }), 'Mehmet Şimşek')).toBe('Part of a recorded quote of Mehmet Şimşek.');
    expect(verdictLabel(v('close', { quote: SHOUTED }), 'Mehmet Şimşek')).toBe(
      'Close to a recorded quote of Mehmet Şimşek, with differences.',
    );
    expect(verdictLabel(v('close', { quote: quote('alloush-only-ceasefire') }), 'Mohammad Alloush')).toMatch(
      /^Close to what Mohammad Alloush is recorded as saying .*paraphrase/,
    );
    const unknown = verdictLabel(v('unknown'), 'Mehmet Şimşek');
    expect(unknown).toBe('Not in our records for Mehmet Şimşek — our sources do not record these words; that alone says nothing about whether they were said.');
    for (const kind of ['exact', 'partial', 'close', 'unknown', 'misattributed'] as const) {
      const label = verdictLabel(v(kind, { quote: SHOUTED }), 'X');
      expect(label.replace('our sources do not record these words; that alone says nothing about whether they were said', '')).not.toMatch(/false|fabricat|fake|\blie\b|untrue|wrong/i);
    }
  });

  it('names the speaker the words are recorded for', () => {
    expect(verdictLabel(v('unknown', { otherSpeaker: SHOUTED, otherVerdict: 'partial' }), 'A', 'B')).toBe(
      'Not in our records for A — our sources do not record these words; that alone says nothing about whether they were said. These words are part of a quote recorded as said by B.',
    );
    expect(verdictLabel(v('close', { quote: SHOUTED, otherSpeaker: TOGETHER, otherVerdict: 'close' }), 'A')).toMatch(
      /Words like these are recorded as said by someone else\.$/,
    );
  });
});
