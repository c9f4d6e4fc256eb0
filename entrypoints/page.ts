import { registerPageScript } from '../src/page/register';

/**
 * Highlighting, quote checking and hover intent, loaded by the probe (the content script) only
 * on pages where it found a name. Web-accessible only because a content script's import() needs that.
 */
export default defineUnlistedScript(registerPageScript);
