import { browser } from 'wxt/browser';

export const DEFAULT_SHORTCUT = 'Alt+Shift+H';

/** The keys of the "toggle this site" command, or null when the user removed them. */
export async function readShortcut(): Promise<string | null> {
  try {
    const commands = await browser.commands.getAll();
    const command = commands.find((c) => c.name === 'toggle-site');
    if (!command) return DEFAULT_SHORTCUT;
    return command.shortcut ? command.shortcut : null;
  } catch {
    return DEFAULT_SHORTCUT;
  }
}
