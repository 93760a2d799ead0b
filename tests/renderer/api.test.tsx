import './support/setup-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../core/api-result';
import type { Bridge } from '../../core/contract';

type ApiModule = typeof import('../../renderer/api');

async function loadApi(): Promise<ApiModule> {
  vi.resetModules();
  return import('../../renderer/api');
}

function jsonResponse(status: number, body: ApiResult<unknown>): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('renderer/api.ts', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/');
  });

  afterEach(() => {
    delete window.api;
    vi.unstubAllGlobals();
  });

  it('knows the desktop app by the bridge on the page, and browser mode by its absence', async () => {
    const { inDesktopApp } = await loadApi();
    expect(inDesktopApp()).toBe(false);
    window.api = {} as unknown as Bridge;
    expect(inDesktopApp()).toBe(true);
  });

  it('uses the Electron bridge when there is one, and never fetch', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    const list = vi.fn(async () => ({ ok: true as const, value: { items: [], total: 0 } }));
    window.api = { 'contacts:list': list } as unknown as Bridge;
    const { call } = await loadApi();
    await expect(call('contacts:list', { search: 'north' })).resolves.toEqual({ items: [], total: 0 });
    expect(list).toHaveBeenCalledWith({ search: 'north' });
    expect(fetchMock).not.toHaveBeenCalled();

    list.mockRejectedValueOnce(new Error('IPC channel closed'));
    await expect(call('contacts:list')).rejects.toMatchObject({ name: 'ApiCallError', code: 'internal' });
  });

  it('turns an ok:false answer into an ApiCallError with code, message and issues', async () => {
    window.api = {
      'contacts:create': async () => ({
        ok: false as const,
        error: {
          code: 'invalid-input' as const,
          message: 'Name is required',
          issues: [{ path: 'name', message: 'Name is required' }],
        },
      }),
    } as unknown as Bridge;
    const { call, ApiCallError } = await loadApi();
    const failure = await call('contacts:create', { name: '' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiCallError);
    expect(failure).toMatchObject({
      code: 'invalid-input',
      message: 'Name is required',
      issues: [{ path: 'name', message: 'Name is required' }],
    });
  });

  it('takes the token from the address once, keeps it in sessionStorage and wipes it from the address bar', async () => {
    window.history.replaceState(null, '', '/?x=1#token=s3cret-token');
    const fetchMock = vi.fn(async () => jsonResponse(200, { ok: true, value: { theme: 'dark' } }));
    vi.stubGlobal('fetch', fetchMock);
    const { call, captureToken } = await loadApi();
    expect(captureToken()).toBe('s3cret-token');
    expect(window.location.hash).toBe('');
    expect(window.location.search).toBe('?x=1');
    expect(window.sessionStorage.getItem('someday.token')).toBe('s3cret-token');

    await expect(call('settings:update', { theme: 'dark' })).resolves.toEqual({ theme: 'dark' });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/settings%3Aupdate');
    expect(init.method).toBe('POST');
    expect(init.headers).toMatchObject({ 'x-someday-token': 's3cret-token', 'content-type': 'application/json' });
    expect(JSON.parse(String(init.body))).toEqual({ theme: 'dark' });
  });

  it('reads the token from sessionStorage after a reload', async () => {
    window.sessionStorage.setItem('someday.token', 'kept-token');
    const fetchMock = vi.fn(async () => jsonResponse(200, { ok: true, value: { theme: 'system' } }));
    vi.stubGlobal('fetch', fetchMock);
    const { call } = await loadApi();
    await call('settings:get');
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.headers).toMatchObject({ 'x-someday-token': 'kept-token' });
  });

  it('maps HTTP error answers, missing tokens and network failures to ApiCallError', async () => {
    const fetchMock = vi.fn(async () =>
      jsonResponse(404, { ok: false, error: { code: 'unknown-channel', message: 'Unknown request.' } }),
    );
    vi.stubGlobal('fetch', fetchMock);
    let api = await loadApi();
    await expect(api.call('app:info')).rejects.toMatchObject({ name: 'ApiCallError', code: 'unauthorized' });
    expect(fetchMock).not.toHaveBeenCalled();

    window.sessionStorage.setItem('someday.token', 'kept-token');
    api = await loadApi();
    await expect(api.call('app:info')).rejects.toMatchObject({ code: 'unknown-channel', message: 'Unknown request.' });

    fetchMock.mockImplementation(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(api.call('app:info')).rejects.toMatchObject({ code: 'internal' });

    fetchMock.mockImplementation(async () => new Response('<html>', { status: 502 }));
    await expect(api.call('app:info')).rejects.toMatchObject({
      code: 'internal',
      message: expect.stringContaining('502'),
    });
  });

  it('sends a keepalive request only when asked, so a save can outlive the page', async () => {
    window.sessionStorage.setItem('someday.token', 'kept-token');
    const fetchMock = vi.fn(async () => jsonResponse(200, { ok: true, value: { id: 1 } }));
    vi.stubGlobal('fetch', fetchMock);
    const { call } = await loadApi();
    await call('drafts:delete', { id: 1 });
    await call('drafts:delete', { id: 1 }, { keepalive: true });
    const inits = fetchMock.mock.calls.map((args) => (args as unknown as [string, RequestInit])[1]);
    expect(inits.map((init) => init.keepalive)).toEqual([false, true]);
  });

  it('opens mail through main in Electron, and through a mailto: link in browser mode', async () => {
    const openInMain = vi.fn(async () => ({ ok: true as const, value: { opened: true } }));
    window.api = { 'output:open-mail': openInMain } as unknown as Bridge;
    let api = await loadApi();
    await expect(api.openMail({ to: 'priya@northwind.example', subject: 'Thanks', body: 'Hi' })).resolves.toEqual({
      opened: true,
    });
    expect(openInMain).toHaveBeenCalledWith({ to: 'priya@northwind.example', subject: 'Thanks', body: 'Hi' });

    delete window.api;
    api = await loadApi();
    const followed: string[] = [];
    const capture = (event: MouseEvent) => {
      followed.push((event.target as HTMLAnchorElement).href);
      event.preventDefault();
    };
    document.addEventListener('click', capture);
    try {
      await api.openMail({ to: 'priya@northwind.example', subject: 'Thank you', body: 'Hi Priya,\nThanks' });
    } finally {
      document.removeEventListener('click', capture);
    }
    expect(followed).toEqual(['mailto:priya@northwind.example?subject=Thank%20you&body=Hi%20Priya%2C%0D%0AThanks']);
    expect(document.querySelector('a[hidden]')).toBeNull();
  });

  it('refuses an unsafe mail link before anything is opened', async () => {
    const openInMain = vi.fn();
    window.api = { 'output:open-mail': openInMain } as unknown as Bridge;
    const api = await loadApi();
    await expect(api.openMail({ to: 'a@b.example, c@d.example', subject: '', body: '' })).rejects.toMatchObject({
      name: 'ApiCallError',
      code: 'invalid-input',
      message: 'The address must be one plain email address, like name@example.com',
    });
    expect(openInMain).not.toHaveBeenCalled();
  });

  it('saves a file through main in Electron, and downloads it in browser mode', async () => {
    const saveInMain = vi.fn(async () => ({ ok: true as const, value: { saved: true, path: '/home/sam/thanks.txt' } }));
    window.api = { 'output:save-file': saveInMain } as unknown as Bridge;
    let api = await loadApi();
    const file = { kind: 'txt' as const, fileName: 'Thanks to Priya.txt', content: 'Hi Priya\n' };
    await expect(api.saveFile(file)).resolves.toEqual({ saved: true, path: '/home/sam/thanks.txt' });
    expect(saveInMain).toHaveBeenCalledWith(file);

    delete window.api;
    api = await loadApi();
    const blobs: Blob[] = [];
    vi.stubGlobal(
      'URL',
      Object.assign(class extends URL {}, {
        createObjectURL: (blob: Blob) => {
          blobs.push(blob);
          return 'blob:someday/1';
        },
        revokeObjectURL: vi.fn(),
      }),
    );
    const downloads: { href: string; download: string }[] = [];
    const capture = (event: MouseEvent) => {
      const link = event.target as HTMLAnchorElement;
      downloads.push({ href: link.getAttribute('href') ?? '', download: link.download });
      event.preventDefault();
    };
    document.addEventListener('click', capture);
    try {
      await expect(api.saveFile(file)).resolves.toEqual({ saved: true, path: null });
    } finally {
      document.removeEventListener('click', capture);
    }
    expect(downloads).toEqual([{ href: 'blob:someday/1', download: 'Thanks to Priya.txt' }]);
    expect(await blobs[0]?.text()).toBe('Hi Priya\n');
    expect(blobs[0]?.type).toBe('text/plain;charset=utf-8');
    await expect(api.saveFile({ ...file, fileName: 'a/b.txt' })).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('copies with the clipboard API', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const api = await loadApi();
    await api.copyText('Thank you, Priya.');
    expect(writeText).toHaveBeenCalledWith('Thank you, Priya.');
  });
});
