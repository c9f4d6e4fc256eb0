// The `chrome` global inside code that Playwright evaluates in the extension's service worker.
interface ChromeEventForTests<Args extends unknown[]> {
  addListener(cb: (...args: Args) => void): void;
  /** Chrome's extension events can be fired by hand in the extension's own contexts. */
  dispatch(...args: Args): void;
}

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
  tabs: {
    query(q: Record<string, unknown>): Promise<{ id?: number; url?: string; windowId?: number }[]>;
    onUpdated: ChromeEventForTests<[tabId: number, changeInfo: { status?: string }, tab: unknown]>;
  };
  commands: { onCommand: ChromeEventForTests<[command: string, tab?: unknown]> };
  contextMenus: {
    update(id: string, properties: Record<string, unknown>): Promise<void>;
    onClicked: ChromeEventForTests<[info: { menuItemId: string; selectionText?: string }, tab?: unknown]>;
  };
};
