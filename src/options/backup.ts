import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { parseSettingsFile, serializeSettings, settingsFileName, type ImportError } from '../core/settings/settings-file';
import { t } from '../platform/i18n';
import { changeSettings } from '../platform/settings-client';

export type Notice = { kind: 'success' | 'error'; text: string } | null;

export function importErrorText(error: ImportError): string {
  switch (error.code) {
    case 'too-large':
      return t('importErrorTooLarge');
    case 'not-json':
      return t('importErrorNotJson');
    case 'wrong-format':
      return t('importErrorWrongFormat');
    case 'newer-version':
      return t('importErrorVersion');
    case 'invalid':
      return t('importErrorInvalid', error.field);
    case 'invalid-site':
      return t('importErrorSite', error.site);
  }
}

/**
 * Imports a settings file: validated whole before anything is written, then written at once
 * (one storage write: every tab restarts its highlighting once). Nothing changes on any error.
 */
export async function importSettingsFile(file: File): Promise<Notice> {
  const result = parseSettingsFile(await file.text());
  if (!result.ok) return { kind: 'error', text: t('optionsImportError', file.name, importErrorText(result.error)) };
  if (!(await changeSettings({ kind: 'settings', settings: result.settings }))) return saveFailed();
  return { kind: 'success', text: t('optionsImported', file.name) };
}

/** Every setting back to its default, in one write. */
export async function resetSettings(): Promise<Notice> {
  if (!(await changeSettings({ kind: 'settings', settings: structuredClone(DEFAULT_SETTINGS) }))) return saveFailed();
  return { kind: 'success', text: t('optionsResetDone') };
}

function saveFailed(): Notice {
  return { kind: 'error', text: t('optionsSaveFailed') };
}

/** Saves the settings as a JSON file through the browser's downloads (a link click: no permission needed). */
export function exportSettings(settings: Settings, now: Date = new Date()): void {
  downloadText(serializeSettings(settings, now), settingsFileName(now), 'application/json');
}

function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has read the blob by the time the click's task is over; a second later is safe.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
