import '../../src/page/names/highlight.css';
import probeIndex from 'virtual:astana-probe-index';
import { decodeProbeIndex } from '../../src/core/probe/bloom';
import { startProbe } from '../../src/probe/probe';
import { loadPageScript } from '../../src/probe/load-page-script';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  main(ctx) {
    startProbe({
      ctx,
      bits: decodeProbeIndex(probeIndex),
      load: () => void loadPageScript().then((page) => page?.start(ctx)),
    });
  },
});
