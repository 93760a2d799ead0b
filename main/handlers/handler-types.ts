import type { ChannelName } from '../../core/channels';
import type { Output, ParsedInput } from '../../core/contract';
import type { AppInfo } from '../../core/settings';
import type { Db } from '../db/connection';

export interface HandlerContext {
  db: Db;
  now: () => Date;
  info: Omit<AppInfo, 'schemaVersion'>;
}

export type Handler<C extends ChannelName> = (input: ParsedInput<C>, ctx: HandlerContext) => Output<C>;

export type Handlers = { [C in ChannelName]: Handler<C> };

/** A domain's share of the handlers; the registry merges slices and checks the whole map. */
export type HandlerSlice = Partial<Handlers>;
