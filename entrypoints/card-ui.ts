import { registerCardUi } from '../src/card/register';

/**
 * The hover cards, loaded by the content script when the first card is due (see
 * src/card-ui/load.ts), so pages where no card is ever opened never parse Preact, the card
 * components or the dataset. Web-accessible only because a content script's import() needs that.
 */
export default defineUnlistedScript(registerCardUi);
