import type { SourceMeta } from '../../src/core/dataset/schema';

/**
 * A source whose address is known, for the citation tests: the bundled source has none. Tests
 * add it to the dataset module with vi.mock (the factory imports this file, since it is hoisted
 * above the test file's own imports).
 */
export const WITH_URL: SourceMeta = {
  id: 'with-url',
  outlet: 'Reuters',
  date: '2017-01-24',
  description: 'A source whose address is known.',
  url: 'https://www.reuters.com/example',
  textFile: 'with-url.txt',
};
