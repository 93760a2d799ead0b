/**
 * What handlers may ask of the desktop: open the mail program (only through main/external-links.ts)
 * and save a file where the person chooses in a native dialog. Nothing is written anywhere without
 * that choice.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { app, dialog, Notification, type BrowserWindow } from 'electron';
import type { DesktopServices } from './handlers/handler-types';
import { openMailtoUrl } from './external-links';

const FILTERS: Record<string, Electron.FileFilter> = {
  '.txt': { name: 'Plain text', extensions: ['txt'] },
  '.eml': { name: 'Email message', extensions: ['eml'] },
  '.json': { name: 'Someday export', extensions: ['json'] },
  '.ics': { name: 'Calendar', extensions: ['ics'] },
  '.csv': { name: 'Spreadsheet (CSV)', extensions: ['csv'] },
  '.vcf': { name: 'Contact cards (vCard)', extensions: ['vcf'] },
};

/**
 * Notifications shown and not yet clicked or closed. Electron holds a notification only weakly, so one
 * that nothing references may be collected and its click never arrive; at most this many are kept (the
 * reminder notifier shows at most one a minute).
 */
const retained = new Set<Electron.Notification>();
const MAX_RETAINED_NOTIFICATIONS = 50;

/** How many notifications are kept for their click (for the tests). */
export function countRetainedNotifications(): number {
  return retained.size;
}

/** The native save dialog, in Documents by default, filtered by the file's extension. */
async function chooseSavePath(
  getWindow: () => BrowserWindow | null,
  fileName: string,
  title = path.extname(fileName).toLowerCase() === '.json' ? 'Save the export of your data' : 'Save the message',
): Promise<string | null> {
  const filter = FILTERS[path.extname(fileName).toLowerCase()];
  const options: Electron.SaveDialogOptions = {
    title,
    defaultPath: path.join(app.getPath('documents'), path.basename(fileName)),
    filters: filter ? [filter] : [],
  };
  const window = getWindow();
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return choice.canceled || !choice.filePath ? null : choice.filePath;
}

/**
 * showWindow brings the window forward, opening it again if it was closed (main/app-lifecycle.ts); a
 * click on a notification calls it.
 */
export function createDesktopServices(getWindow: () => BrowserWindow | null, showWindow: () => void): DesktopServices {
  return {
    openMail: (url) => openMailtoUrl(url),
    saveFile: async (fileName, content) => {
      const chosen = await chooseSavePath(getWindow, fileName);
      if (chosen) await fs.writeFile(chosen, content, 'utf8');
      return chosen;
    },
    chooseSavePath: (fileName) => chooseSavePath(getWindow, fileName),
    chooseExportPath: (fileName) => chooseSavePath(getWindow, fileName, 'Save the export of your data'),
    chooseImportFile: async () => {
      const options: Electron.OpenDialogOptions = { title: 'Import a Someday export', properties: ['openFile'] };
      const window = getWindow();
      const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return choice.canceled ? null : (choice.filePaths[0] ?? null);
    },
    notify: (title, body) => {
      if (!Notification.isSupported()) return;
      const notification = new Notification({ title, body, silent: false });
      retained.add(notification);
      if (retained.size > MAX_RETAINED_NOTIFICATIONS) {
        const [oldest] = retained;
        if (oldest) retained.delete(oldest);
      }
      notification.on('click', () => {
        retained.delete(notification);
        showWindow();
      });
      notification.on('close', () => retained.delete(notification));
      notification.show();
    },
  };
}
