import type { SettingsChange } from '../platform/messaging';
import { setSiteEnabled, setSiteRule, writeSettings } from '../platform/settings-storage';

/**
 * The one writer of the settings. Changes from the popup, the options page (in any number of
 * tabs) and the keyboard command are applied one after another, each reading what the previous
 * one wrote: two site switches flipped at the same moment both land. Each change is one storage
 * write, so an import or a reset restarts every tab's highlighting once.
 */
export interface SettingsWriter {
  apply(change: SettingsChange): Promise<void>;
  /** Runs a read-modify-write of the settings in turn with every other change. */
  serially(task: () => Promise<void>): Promise<void>;
}

export function createSettingsWriter(): SettingsWriter {
  let tail: Promise<void> = Promise.resolve();
  const serially = (task: () => Promise<void>) => {
    const run = tail.then(task);
    // One failed write (storage quota, a closing browser) must not block the next ones.
    tail = run.catch(() => undefined);
    return run;
  };
  return {
    serially,
    apply: (change) => serially(() => applyChange(change)),
  };
}

function applyChange(change: SettingsChange): Promise<void> {
  switch (change.kind) {
    case 'site-enabled':
      return setSiteEnabled(change.site, change.on);
    case 'site-rule':
      return setSiteRule(change.site, change.rule);
    case 'settings':
      return writeSettings(change.settings);
  }
}
