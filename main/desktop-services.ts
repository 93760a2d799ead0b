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

export function createDesktopServices(getWindow: () => BrowserWindow | null): DesktopServices {
  return {
    openMail: (url) => openMailtoUrl(url),
    saveFile: async (fileName, content) => {
      const filter = FILTERS[path.extname(fileName).toLowerCase()];
      const options: Electron.SaveDialogOptions = {
        title: path.extname(fileName).toLowerCase() === '.json' ? 'Save the export of your data' : 'Save the message',
        defaultPath: path.join(app.getPath('documents'), path.basename(fileName)),
        filters: filter ? [filter] : [],
      };
      const window = getWindow();
      const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return null;
      await fs.writeFile(choice.filePath, content, 'utf8');
      return choice.filePath;
    },
    notify: (title, body) => {
      if (!Notification.isSupported()) return;
      const notification = new Notification({ title, body, silent: false });
      notification.on('click', () => {
        const window = getWindow();
        if (!window || window.isDestroyed()) return;
        if (window.isMinimized()) window.restore();
        window.show();
        window.focus();
      });
      notification.show();
    },
  };
}
