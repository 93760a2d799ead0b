/**
 * The session and webContents policy (Electron checklist 5, 11–14): Someday is local-only, so its pages
 * may load nothing but app://someday/ (DevTools' own pages too in development), may not navigate or
 * redirect anywhere else, open windows, attach <webview>s or download files, and every permission is
 * denied unless it is in ALLOWED_PERMISSIONS and asked for by the app's own page. Applied to the default
 * session and every session created later, and to every webContents as it is created.
 */
import { app, type Session, type WebContents } from 'electron';
import { isAppUrl } from './app-protocol';

export type PermissionName = Parameters<NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>>[1];

/**
 * Writing the clipboard ("Copy" in the editor) and 'media' for the microphone when a rehearsal
 * records an answer (audio only: a request that includes the camera is refused).
 */
export const ALLOWED_PERMISSIONS: readonly PermissionName[] = ['clipboard-sanitized-write', 'media'];

/**
 * A media request that asks for the camera; rehearsal only ever records audio. A permission check
 * (setPermissionCheckHandler) names one mediaType instead, and only 'audio' passes it.
 */
export function asksForVideo(details: unknown): boolean {
  const types = (details as { mediaTypes?: unknown } | null)?.mediaTypes;
  return Array.isArray(types) && types.includes('video');
}

export interface SecurityOptions {
  /** Development builds may load devtools:// for the DevTools window. */
  allowDevTools: boolean;
  allowedPermissions?: readonly PermissionName[];
}

function getScheme(raw: string): string | undefined {
  try {
    return new URL(raw).protocol;
  } catch {
    return undefined;
  }
}

export function isAllowedRequest(url: string, allowDevTools: boolean): boolean {
  if (isAppUrl(url)) return true;
  const scheme = getScheme(url);
  if (scheme === 'data:') return true;
  if (scheme === 'blob:') return isAppUrl(url.slice('blob:'.length));
  return allowDevTools && scheme === 'devtools:';
}

export function isAllowedPermission(
  permission: string,
  requestingUrl: string | undefined,
  allowed: readonly string[] = ALLOWED_PERMISSIONS,
): boolean {
  return allowed.includes(permission) && requestingUrl !== undefined && isAppUrl(requestingUrl);
}

export function applySessionPolicy(ses: Session, options: SecurityOptions): void {
  const allowed = options.allowedPermissions ?? ALLOWED_PERMISSIONS;
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(!asksForVideo(details) && isAllowedPermission(permission, details.requestingUrl, allowed));
  });
  ses.setPermissionCheckHandler(
    (_contents, permission, requestingOrigin, details) =>
      (permission !== 'media' || details.mediaType === 'audio') &&
      isAllowedPermission(permission, requestingOrigin, allowed),
  );
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, options.allowDevTools) });
  });
  ses.on('will-download', (event) => event.preventDefault());
}

export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Call once, before ready; then applySessionPolicy(session.defaultSession, …) once ready. */
export function installSecurityPolicy(options: SecurityOptions): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('session-created', (ses) => applySessionPolicy(ses, options));
}
