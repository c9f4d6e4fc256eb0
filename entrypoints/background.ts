import matcherData from 'virtual:astana-matcher';
import { startBackground } from '../src/background/start';

export default defineBackground(() => {
  // Firefox's MV2 background is a persistent page; Chrome's MV3 one a service worker.
  startBackground({ matcher: matcherData, persistentBackground: import.meta.env.MANIFEST_VERSION === 2 });
});
