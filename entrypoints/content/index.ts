import '../../src/highlight/highlight.css';
import { dataset } from '../../src/dataset';
import { compileMatcher } from '../../src/matcher';
import { attachHoverCards } from '../../src/content/hover-cards';
import { startPageController } from '../../src/content/page-controller';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  main(ctx) {
    startPageController({
      matcher: compileMatcher(dataset.entities),
      attachCards: () => attachHoverCards(ctx),
      onInvalidated: (cleanup) => ctx.onInvalidated(cleanup),
    });
  },
});
