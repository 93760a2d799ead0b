import '../support/setup-dom';
import { renderHook, waitFor, act } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiCallError } from '../../../renderer/api';
import { nextIndex } from '../../../renderer/ui/list-navigation';
import { useApiRead, useApiWrite } from '../../../renderer/ui/use-api';
import { mockApi } from '../support/mock-api';
import { pageOf, PRIYA, ELENA } from '../support/fixtures';
import { WithData } from '../support/with-data';

vi.mock('../../../renderer/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../renderer/api')>()),
  call: vi.fn(),
}));

describe('nextIndex', () => {
  it('moves one step with the arrows, to the ends with Home and End, and ignores other keys', () => {
    expect(nextIndex('ArrowDown', 0, 3)).toBe(1);
    expect(nextIndex('ArrowDown', 2, 3)).toBe(2);
    expect(nextIndex('ArrowUp', 0, 3)).toBe(0);
    expect(nextIndex('Home', 2, 3)).toBe(0);
    expect(nextIndex('End', 0, 3)).toBe(2);
    expect(nextIndex('a', 1, 3)).toBeNull();
  });
});

describe('useApiRead and useApiWrite', () => {
  it('reads, gives a failure as one sentence, and reads again after a write that names the channel', async () => {
    let contacts = [PRIYA];
    let fail = true;
    const api = mockApi({
      'contacts:list': () => {
        if (fail) throw new ApiCallError('internal', 'The data file is busy.');
        return pageOf(contacts);
      },
      'contacts:delete': () => {
        contacts = [ELENA];
        return { id: PRIYA.id };
      },
    });
    const { result } = renderHook(
      () => ({
        list: useApiRead('contacts:list', { archived: false }),
        remove: useApiWrite('contacts:delete', ['contacts:list']),
      }),
      { wrapper: WithData },
    );
    await waitFor(() => expect(result.current.list.error).toBe('The data file is busy.'));
    fail = false;
    act(() => result.current.list.reload());
    await waitFor(() => expect(result.current.list.data?.items.map((c) => c.name)).toEqual(['Priya Raman']));
    await act(() => result.current.remove({ id: PRIYA.id }));
    await waitFor(() => expect(result.current.list.data?.items.map((c) => c.name)).toEqual(['Elena Fischer']));
    expect(api.mock.calls.filter(([channel]) => channel === 'contacts:list')).toHaveLength(3);
  });
});
