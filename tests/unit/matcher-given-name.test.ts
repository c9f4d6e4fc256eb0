import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/core/dataset';
import { compileMatcher } from '../../src/core/matcher';

const matcher = compileMatcher(dataset.entities);
const ids = (text: string) => matcher.find(text).map((match) => `${match.entityId}:${match.text}`);

describe('a surname used as a given name', () => {
  it('is not the surname alone when another name follows it ("Assad Abboud")', () => {
    expect(ids('The singer Assad Abboud performed in Beirut.')).toEqual([]);
  });

  it('still matches the surname before ordinary words, acronyms and in title-case headlines', () => {
    expect(ids('Assad said on Monday that the talks would go on.')).toEqual(['bashar-al-assad:Assad']);
    expect(ids('President Assad Thursday rejected the plan.').length).toBe(1);
    expect(ids('Russia Backs Assad Plan For Talks')).toContain('bashar-al-assad:Assad');
    expect(ids('ASSAD ABBOUD')).toEqual(['bashar-al-assad:ASSAD']);
  });
});
