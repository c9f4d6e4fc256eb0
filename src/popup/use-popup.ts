import { useEffect, useRef, useState } from 'preact/hooks';
import { withSiteEnabled, type Settings } from '../core/settings';
import type { SettingsChange } from '../platform/messaging';
import { changeSettings } from '../platform/settings-client';
import { watchSettings } from '../platform/settings-storage';
import { followPage, readActiveTab, type PageStatus, type PopupTab } from './page-state';
import { DEFAULT_SHORTCUT, readShortcut } from './shortcut';

interface PopupData {
  tab: PopupTab | null;
  page: PageStatus;
  settings: Settings | null;
  shortcut: string | null;
  setSiteEnabled(site: string, on: boolean): void;
  setEnabled(on: boolean): void;
}

/**
 * The popup's data: the active tab, what its page shows (pushed by the page), the settings
 * (followed in every context) and the shortcut. A switch shows its new position at once and
 * goes back if the background could not store it.
 */
export function usePopup(): PopupData {
  const [tab, setTab] = useState<PopupTab | null>(null);
  const [page, setPage] = useState<PageStatus>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const [shortcut, setShortcut] = useState<string | null>(DEFAULT_SHORTCUT);
  const stored = useRef<Settings | null>(null);

  useEffect(() => {
    // Everything this popup follows ends with it.
    const lifetime = new AbortController();
    const { signal } = lifetime;
    void readActiveTab().then((active) => {
      if (signal.aborted) return;
      setTab(active);
      followPage(active, setPage, signal);
    });
    void readShortcut().then((keys) => !signal.aborted && setShortcut(keys));
    watchSettings((next) => {
      stored.current = next;
      setSettings(next);
    }, signal);
    return () => lifetime.abort();
  }, []);

  const change = (shown: Settings, request: SettingsChange) => {
    setSettings(shown);
    void changeSettings(request).then((ok) => {
      if (!ok) setSettings(stored.current);
    });
  };

  return {
    tab,
    page,
    settings,
    shortcut,
    setSiteEnabled(site, on) {
      if (settings) change({ ...settings, siteRules: withSiteEnabled(settings, site, on) }, { kind: 'site-enabled', site, on });
    },
    setEnabled(on) {
      if (settings) change({ ...settings, enabled: on }, { kind: 'settings', settings: { enabled: on } });
    },
  };
}
