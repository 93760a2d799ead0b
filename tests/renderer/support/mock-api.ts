import { vi, type Mock } from 'vitest';
import type { ChannelName } from '../../../core/channels';
import type { Input, Output } from '../../../core/contract';
import { call } from '../../../renderer/api';

export type ApiHandlers = {
  [C in ChannelName]?: (input: Input<C> | undefined) => Output<C> | Promise<Output<C>>;
};

type AnyCall = (channel: ChannelName, input?: unknown) => Promise<unknown>;

/** Routes the mocked `call` to per-channel handlers; a channel without one fails the test loudly. */
export function mockApi(handlers: ApiHandlers): Mock<AnyCall> {
  const mocked = vi.mocked(call) as unknown as Mock<AnyCall>;
  mocked.mockImplementation(async (channel, input) => {
    const handler = handlers[channel] as ((input: unknown) => unknown) | undefined;
    if (!handler) throw new Error(`The test did not expect a call to ${channel}`);
    return handler(input);
  });
  return mocked;
}

export function inputsOf<C extends ChannelName>(mocked: Mock<AnyCall>, channel: C): Input<C>[] {
  return mocked.mock.calls.filter(([name]) => name === channel).map(([, input]) => input as Input<C>);
}
