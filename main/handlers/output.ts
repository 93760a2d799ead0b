import { buildMailtoUrl, safeFileName } from '../../core/output';
import type { HandlerSlice } from './handler-types';

/**
 * Handing a message to the rest of the computer. Only the desktop app can open the mail program or
 * show a save dialog; in browser mode these answer "not done here" and the renderer uses the
 * browser's own mailto: navigation and download instead. Neither handler touches the database.
 */
export const outputHandlers = {
  'output:open-mail': async (input, { desktop }) => {
    const url = buildMailtoUrl(input);
    if (!desktop) return { opened: false };
    await desktop.openMail(url);
    return { opened: true };
  },
  'output:save-file': async ({ kind, fileName, content }, { desktop }) => {
    if (!desktop) return { saved: false, path: null };
    const name = fileName.toLowerCase().endsWith(`.${kind}`) ? fileName : safeFileName(fileName, kind);
    const path = await desktop.saveFile(name, content);
    return { saved: path !== null, path };
  },
} satisfies HandlerSlice;
