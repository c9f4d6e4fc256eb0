import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/core/dataset';
import { compileMatcher } from '../../src/core/matcher';

const matcher = compileMatcher(dataset.entities);
const ids = (text: string) => matcher.find(text).map((match) => `${match.entityId}:${match.text}`);

describe('aliases that need another name beside them (needsSupport)', () => {
  it('drop "TBS" and "SDC" in a paragraph that names nothing else of the dataset', () => {
    expect(ids('TV tonight: TBS shows back-to-back sitcom reruns from 8pm.')).toEqual([]);
    expect(ids('Business: Swiss aid agency SDC funds a new water project.')).toEqual([]);
  });

  it('keep them beside another name, in the same paragraph only', () => {
    expect(ids('Assad told Japanese TBS TV he hoped for deals.')).toEqual(['bashar-al-assad:Assad', 'tbs:TBS TV']);
    expect(ids('The Syrian Democratic Council (SDC) was not invited.')).toEqual([
      'syrian-democratic-council:Syrian Democratic Council',
      'syrian-democratic-council:SDC',
    ]);
    expect(ids('Assad spoke.\nTV tonight: TBS shows reruns.')).toEqual(['bashar-al-assad:Assad']);
  });
});
