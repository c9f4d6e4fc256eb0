import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/core/dataset';
import { compileMatcher } from '../../src/core/matcher';
import { attributeQuotations, findQuotations, quotationFromElementText } from '../../src/core/quotes';
import type { IndexedEntity } from '../../src/core/quotes/attribute';

const matcher = compileMatcher(dataset.entities);
const byId = new Map(dataset.entities.map((e) => [e.id, e]));

/** [inner text, speakerId, how] of every quotation in `text`. */
const attribute = (text: string) =>
  attributeQuotations(text, findQuotations(text), matcher, byId).map((a) => [a.text, a.speakerId, a.how]);
/** The speakers of every quotation in `text`. */
const speakers = (text: string) => attribute(text).map(([, id]) => id);

describe('named speakers', () => {
  it.each([
    ['"We are working together on this," Simsek said.', 'mehmet-simsek'],
    ['"We are working together on this," said Mehmet Simsek.', 'mehmet-simsek'],
    ['"We are working together on this," Simsek has also warned.', 'mehmet-simsek'],
    ['\u201CWe are working together on this,\u201D Mehmet Simsek, Turkish deputy prime minister, told Russian TASS news agency.', 'mehmet-simsek'],
    ['"We are working together on this," Simsek told Russian TASS news agency.', 'mehmet-simsek'],
    ['"We are working together on this," the head of the rebel delegation, Alloush, insisted.', 'mohammad-alloush'],
    ['Simsek said: "We are working together on this."', 'mehmet-simsek'],
    ['Simsek said the "facts on the ground have changed dramatically" in Syria.', 'mehmet-simsek'],
    ['Alloush told AFP: "Astana is a course to finish the bloodletting."', 'mohammad-alloush'],
    ['Alloush told AFP on Monday, \u00ABAstana is a course to finish the bloodletting\u00BB.', 'mohammad-alloush'],
    ['But the head of the rebel delegation, Alloush, said: "We only want a ceasefire."', 'mohammad-alloush'],
    ['According to Alloush, "the opposition only wants a ceasefire."', 'mohammad-alloush'],
    ['"The opposition only wants a ceasefire," according to Alloush.', 'mohammad-alloush'],
    ['Alloush, who met Simsek on Monday, said: "We only want a ceasefire."', 'mohammad-alloush'],
    ['Ahrar al-Sham said in a statement: "We will not attend the talks."', 'ahrar-al-sham'],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual([expected]);
    expect(attribute(text)[0]![2]).toBe('named');
  });

  it('"X told AFP" picks X, not the agency, and reports where the name stands', () => {
    const text = 'Alloush told AFP: "Astana is a course to finish the bloodletting."';
    const [a] = attributeQuotations(text, findQuotations(text), matcher, byId);
    expect(a!.speakerId).toBe('mohammad-alloush');
    expect(text.slice(a!.speakerStart, a!.speakerEnd)).toBe('Alloush');
  });

  it('finds the speaker in the sentence right next to the quotation', () => {
    expect(speakers('"We wish to finish this sequence of crimes." Alloush said this to AFP on Monday.')).toEqual([
      'mohammad-alloush',
    ]);
  });

  it('accepts a record as the entity index as well as a Map', () => {
    const record = Object.fromEntries(dataset.entities.map((e) => [e.id, e]));
    const text = '"We are working together on this," Simsek said.';
    expect(attributeQuotations(text, findQuotations(text), matcher, record)[0]!.speakerId).toBe('mehmet-simsek');
  });
});

describe('pronouns', () => {
  it('resolves "he" to the one person named just before', () => {
    const text = 'Alloush arrived in Astana on Monday. "We wish to finish this sequence of crimes," he told AFP.';
    expect(attribute(text)).toEqual([['We wish to finish this sequence of crimes,', 'mohammad-alloush', 'pronoun']]);
  });

  it('resolves "he said:" before the quotation', () => {
    expect(speakers('Simsek spoke in Davos. Then he said: "The facts have changed dramatically."')).toEqual(['mehmet-simsek']);
  });

  it('resolves "they" to the one group named just before', () => {
    expect(speakers('Ahrar al-Sham issued a statement on Monday. "We will not attend the talks," they said.')).toEqual([
      'ahrar-al-sham',
    ]);
  });

  it('leaves the quotation unattributed when two persons were named', () => {
    expect(speakers('Simsek met Alloush on Monday. "We are together now," he said.')).toEqual([null]);
  });

  it('looks into the paragraph before only when the quotation opens its paragraph', () => {
    // News style: a paragraph opens with the words, and "he said" is the last paragraph's speaker.
    expect(
      attribute('“We are together,” Mehmet Simsek told Russian TASS news agency.\n\n“People just shouted at each other,” he said.'),
    ).toEqual([
      ['We are together,', 'mehmet-simsek', 'named'],
      ['People just shouted at each other,', 'mehmet-simsek', 'pronoun'],
    ]);
    expect(speakers('Alloush arrived.\n\n"We are together now," he said.')).toEqual(['mohammad-alloush']);
    expect(speakers('Alloush arrived.\n\nThe talks began. "We are together now," he said.')).toEqual([null]);
    expect(speakers('Alloush arrived.\n\nThe talks began.\n\n"We are together now," he said.')).toEqual([null]);
    expect(speakers('Alloush met Simsek.\n\n"We are together now," he said.')).toEqual([null]);
  });

  it('does not look more than two sentences back', () => {
    expect(speakers('Alloush arrived. The talks began. It rained. "We are here now," he said.')).toEqual([null]);
  });

  it('does not count names inside quotations, nor the agency spoken to', () => {
    expect(speakers('"Alloush is a terrorist," he said.')).toEqual([null]);
    expect(speakers('Simsek spoke on Monday. "Alloush is welcome here," he said.')).toEqual(['mehmet-simsek']);
    expect(speakers('Simsek told TASS on Monday. "We are all together here," it said.')).toEqual([null]);
  });
});

describe('honorifics and initials', () => {
  it.each([
    ['"We wish to finish this sequence of crimes," Mr. Alloush told reporters.'],
    ['"We wish to finish this sequence of crimes," Mr Alloush told reporters.'],
    ['"We wish to finish this sequence of crimes," said Mr. Alloush.'],
    ['Mr. Alloush told reporters: "We wish to finish this sequence of crimes."'],
    ['"We wish to finish this sequence of crimes," the rebel leader, Mr. Alloush, told reporters.'],
  ])('%s', (text) => {
    expect(speakers(text)).toEqual(['mohammad-alloush']);
  });

  it('still stops at a real full stop', () => {
    expect(speakers('"We wish to finish this sequence of crimes." The talks went on. Alloush told reporters.')).toEqual([null]);
  });
});

describe('a byline after a quotation the page’s elements delimit', () => {
  const element = (before: string, words: string, after: string) => {
    const q = quotationFromElementText(words, before.length)!;
    const text = `${before}${words}${after}`;
    return attributeQuotations(text, [q], matcher, byId)[0]!.speakerId;
  };

  it('takes "— Name" right after the quoted words', () => {
    expect(element('', 'We wish to finish this sequence of crimes', ' — Mohammad Alloush')).toBe('mohammad-alloush');
    expect(element('', 'We wish to finish this sequence of crimes', ' — Rebel leader Mohammad Alloush, in Astana')).toBe('mohammad-alloush');
  });

  it('not a name further on, nor a byline after marks in running text', () => {
    expect(element('', 'We wish to finish this sequence of crimes', ' — a view that Mohammad Alloush later shared')).toBeNull();
    expect(speakers('"We wish to finish this sequence of crimes" — Mohammad Alloush')).toEqual([null]);
  });
});

describe('split quotations', () => {
  it('gives both parts of a quotation split by "he said" the same speaker', () => {
    const text = 'Simsek spoke on Monday. "We are working together," he said. "People just shouted at each other."';
    expect(attribute(text)).toEqual([
      ['We are working together,', 'mehmet-simsek', 'pronoun'],
      ['People just shouted at each other.', 'mehmet-simsek', 'pronoun'],
    ]);
  });

  it('works with a name and within one sentence', () => {
    expect(speakers('"We are working together," Simsek said. "People just shouted at each other."')).toEqual([
      'mehmet-simsek',
      'mehmet-simsek',
    ]);
    expect(speakers('"We are working together," said Simsek, "and nobody shouts any more."')).toEqual([
      'mehmet-simsek',
      'mehmet-simsek',
    ]);
  });
});

describe('unattributed', () => {
  it.each([
    ['"We are working together on this," the official said.'],
    ['The slogan "peace for all" was written everywhere.'],
    ['"We are all here," Turkey said.'],
    ['"We are all here," Aleppo said.'],
    ['Simsek arrived. Later, posters saying "peace for all" appeared in the streets of Astana.'],
  ])('%s', (text) => {
    expect(speakers(text)).toEqual([null]);
  });
});

describe('a place named as the speaker', () => {
  it.each([
    ['"We invited all the groups," Moscow said.', 'russian-government'],
    ['Moscow said: "We invited all the groups."', 'russian-government'],
    ['"We invited all the groups," Russia said.', 'russian-government'],
    ['"We will not send a delegation," the United States said.', 'us-government'],
    ['"We will not send a delegation," the Kremlin said.', 'russian-government'],
  ])('%s', (text, expected) => {
    expect(attribute(text)).toEqual([[expect.any(String), expected, 'named']]);
  });

  it('is the organisation that speaks through it, with the place name as where it stands', () => {
    const text = '"We invited all the groups," Moscow said.';
    const [a] = attributeQuotations(text, findQuotations(text), matcher, byId);
    expect(text.slice(a!.speakerStart, a!.speakerEnd)).toBe('Moscow');
  });

  it('follows the index it is given, as a Map or a record', () => {
    const text = '"We are all here," Ankara said.';
    expect(speakers(text)).toEqual([null]);
    const index = new Map<string, IndexedEntity>([
      ['ankara', { category: 'place' }],
      ['turkish-government', { category: 'organization', speaksThrough: ['ankara'] }],
    ]);
    expect(attributeQuotations(text, findQuotations(text), matcher, index)[0]!.speakerId).toBe('turkish-government');
    expect(attributeQuotations(text, findQuotations(text), matcher, Object.fromEntries(index))[0]!.speakerId).toBe(
      'turkish-government',
    );
  });

  it('is still never the one spoken to', () => {
    expect(speakers('Alloush told Moscow: "We only want a ceasefire."')).toEqual(['mohammad-alloush']);
  });
});

describe('the sentence before', () => {
  it('takes "X told AFP." right before the quotation', () => {
    expect(speakers('Alloush told AFP. "We wish to finish this sequence of crimes."')).toEqual(['mohammad-alloush']);
  });

  it('does not take a longer statement before it', () => {
    expect(speakers('Simsek said the talks were good and very useful. "We are all here now."')).toEqual([null]);
  });
});

describe('words that are not an attribution', () => {
  it.each([
    ['The slogan "peace for all" was written on posters that Alloush handed out, Simsek said.'],
    ['Alloush said he disliked the slogan "peace for all" on the posters.'],
    ['"We are all together here," said the official in talks with Alloush.'],
    ['"We are all together here," the official in talks with Alloush said.'],
    ['"We are all together here," Simsek and Alloush said.'],
  ])('%s', (text) => {
    expect(speakers(text)).toEqual([null]);
  });
});
