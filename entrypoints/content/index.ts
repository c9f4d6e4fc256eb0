import '../../src/page/names/highlight.css';
import { attachHoverCards } from '../../src/page/cards/hover-cards';
import { startPageController } from '../../src/page/controller';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  main(ctx) {
    // After an update or reload, this script's extension context is gone, but the page keeps
    // it: reading `isInvalid` notices that and runs the clean-up (highlights, cards, listeners).
    ctx.setInterval(() => void ctx.isInvalid, 2000);
    startPageController({
      attachCards: () => attachHoverCards(ctx),
      onInvalidated: (cleanup) => ctx.onInvalidated(cleanup),
    });
  },
});
