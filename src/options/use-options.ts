import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import type { SettingsChange } from '../platform/messaging';
import { changeSettings } from '../platform/settings-client';
import { watchSettings } from '../platform/settings-storage';

export interface OptionsData {
  settings: Settings | null;
  /** Writes some settings; the page shows them at once and goes back if they could not be stored. */
  set(patch: Partial<Settings>): void;
  /** A listed site's own rule, or none (null). */
  setSiteRule(site: string, rule: boolean | null): Promise<boolean>;
}

/** The options page's settings: followed in every context, written through the background. */
export function useOptions(): OptionsData {
  const [settings, setSettings] = useState<Settings | null>(null);
  const stored = useRef<Settings | null>(null);

  useEffect(() => {
    const lifetime = new AbortController();
    watchSettings((next) => {
      stored.current = next;
      setSettings(next);
    }, lifetime.signal);
    return () => lifetime.abort();
  }, []);

  const change = async (shown: Settings, request: SettingsChange) => {
    setSettings(shown);
    const ok = await changeSettings(request);
    if (!ok) setSettings(stored.current);
    return ok;
  };

  return {
    settings,
    set(patch) {
      if (settings) void change({ ...settings, ...patch }, { kind: 'settings', settings: patch });
    },
    async setSiteRule(site, rule) {
      if (!settings) return false;
      const siteRules = { ...settings.siteRules };
      if (rule === null) delete siteRules[site];
      else siteRules[site] = rule;
      return change({ ...settings, siteRules }, { kind: 'site-rule', site, rule });
    },
  };
}
