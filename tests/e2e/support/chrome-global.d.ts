// The `chrome` global inside code that Playwright evaluates in the extension's service worker.
declare const chrome: {
  storage: {
    local: {
      get(keys: string[] | null): Promise<Record<string, unknown>>;
      set(values: Record<string, unknown>): Promise<void>;
      clear(): Promise<void>;
    };
  };
  runtime: { getManifest(): { name: string; permissions?: string[]; [key: string]: unknown }; reload(): void };
  action: { openPopup(): Promise<void>; getBadgeText(details: { tabId: number }): Promise<string> };
  tabs: { query(q: Record<string, unknown>): Promise<{ id?: number; url?: string }[]> };
};
