import '../../src/highlight/highlight.css';
import matcherData from 'virtual:astana-matcher';
import { matcherFromData } from '../../src/matcher';
import { attachHoverCards } from '../../src/content/hover-cards';
import { startPageController } from '../../src/content/page-controller';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  main(ctx) {
    startPageController({
      matcher: matcherFromData(matcherData),
      attachCards: () => attachHoverCards(ctx),
      onInvalidated: (cleanup) => ctx.onInvalidated(cleanup),
    });
  },
});
