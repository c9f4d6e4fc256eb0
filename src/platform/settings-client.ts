import { askBackground, EXTENSION_TO_BACKGROUND, type SettingsChange } from './messaging';

/**
 * Asks the background, the one writer of the settings, to apply a change; true once it is stored.
 * Extension pages never write the settings themselves: two pages writing at the same moment
 * could each overwrite the other's change.
 */
export async function changeSettings(change: SettingsChange): Promise<boolean> {
  return (await askBackground(EXTENSION_TO_BACKGROUND, { type: 'change-settings', change })) === true;
}
