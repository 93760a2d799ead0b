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
});
