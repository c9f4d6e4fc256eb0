import '../../src/highlight/highlight.css';
import { dataset } from '../../src/dataset';
import { compileMatcher } from '../../src/matcher';
import { startPageController } from '../../src/content/page-controller';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  main(ctx) {
    void startPageController({
      matcher: compileMatcher(dataset.entities),
      onInvalidated: (cleanup) => ctx.onInvalidated(cleanup),
    });
  },
});
