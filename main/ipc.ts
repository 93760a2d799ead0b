/**
 * Every frame can send IPC (Electron checklist 17), so each channel checks its sender before anything
 * runs: a live top-level frame whose URL is app://someday/. Anything else gets the one error shape with
 * code 'forbidden'. One ipcMain.handle per contract channel and no fire-and-forget ipcMain.on channels.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { failure, type ApiResult } from '../core/api-result';
import { CHANNELS } from '../core/channels';
import type { AppContext } from './app-context';
import { isAppUrl } from './app-protocol';

export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  try {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null) return false;
    return isAppUrl(frame.url);
  } catch {
    return false;
  }
}

export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, app: Pick<AppContext, 'call'>): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, input: unknown): Promise<ApiResult<unknown>> => {
      if (!isTrustedSender(event)) {
        return failure('forbidden', 'This request did not come from the Someday window, so it was refused.');
      }
      return app.call(channel, input);
    });
  }
}
