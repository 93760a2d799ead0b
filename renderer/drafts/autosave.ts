import type { Draft } from '../../core/drafts';
import type { DraftDoc } from './edit-history';

/**
 * Autosave for one draft. A change is saved 400 ms after the last keystroke; blur, leaving the screen
 * and hiding the page save at once and ask main for a revision checkpoint. Saves run one at a time,
 * each sending the newest text, so a slow save never overwrites a newer one. A failed save is retried
 * with backoff while the failure is one that waiting can fix.
 */
export const AUTOSAVE_DELAY_MS = 400;
const FIRST_RETRY_MS = 2_000;
const LONGEST_RETRY_MS = 30_000;

export type SaveState = { kind: 'saved' } | { kind: 'saving' } | { kind: 'failed'; message: string; retrying: boolean };

export function sameSaveState(a: SaveState, b: SaveState): boolean {
  if (a.kind !== 'failed' || b.kind !== 'failed') return a.kind === b.kind;
  return a.message === b.message && a.retrying === b.retrying;
}

export interface SaveOptions {
  checkpoint: boolean;
  keepalive: boolean;
}

export interface SaveFailure {
  message: string;
  retry: boolean;
}

export interface AutosaveOptions {
  initial: DraftDoc;
  send: (doc: DraftDoc, options: SaveOptions) => Promise<Draft>;
  describeFailure: (error: unknown) => SaveFailure;
  onState: (state: SaveState) => void;
  onSaved: (draft: Draft) => void;
}

interface Request {
  version: number;
  checkpoint: boolean;
}

export class DraftAutosave {
  private readonly options: AutosaveOptions;
  private doc: DraftDoc;
  private version = 0;
  private confirmed = 0;
  private checkpointed = 0;
  private wantCheckpoint = false;
  private failing = false;
  private started = true;
  private inFlight: Request | null = null;
  private chain: Promise<void> = Promise.resolve();
  private timer: number | null = null;
  private retryTimer: number | null = null;
  private retryDelay = FIRST_RETRY_MS;
  private shown: SaveState = { kind: 'saved' };

  constructor(options: AutosaveOptions) {
    this.options = options;
    this.doc = options.initial;
  }

  get pending(): boolean {
    return this.confirmed !== this.version;
  }

  change(doc: DraftDoc): void {
    this.doc = doc;
    this.version += 1;
    this.clearRetry();
    if (!this.failing) this.emit({ kind: 'saving' });
    this.clearTimer();
    this.timer = window.setTimeout(() => void this.flush(), AUTOSAVE_DELAY_MS);
  }

  /** Saves now. With keepalive (the page is going away) it does not wait behind a save in flight. */
  flush({ checkpoint = false, keepalive = false }: Partial<SaveOptions> = {}): Promise<void> {
    this.clearTimer();
    if (checkpoint) this.wantCheckpoint = true;
    if (keepalive) return this.sendLatest(true);
    this.chain = this.chain.then(() => this.sendLatest(false));
    return this.chain;
  }

  /** The server already holds `doc` (a restored revision), so there is nothing to save. */
  acceptSaved(doc: DraftDoc): void {
    this.doc = doc;
    this.version += 1;
    this.confirmed = this.version;
    this.checkpointed = this.version;
    this.failing = false;
    this.clearTimer();
    this.clearRetry();
    this.emit({ kind: 'saved' });
  }

  /** The draft is gone (deleted): nothing left to save. */
  abandon(): void {
    this.stop();
    this.confirmed = this.version;
    this.checkpointed = this.version;
    this.wantCheckpoint = false;
  }

  start(): void {
    this.started = true;
  }

  stop(): void {
    this.started = false;
    this.clearTimer();
    this.clearRetry();
  }

  private needsSave(): boolean {
    return this.confirmed !== this.version || (this.wantCheckpoint && this.checkpointed !== this.version);
  }

  private alreadySending(): boolean {
    const request = this.inFlight;
    return request !== null && request.version === this.version && (request.checkpoint || !this.wantCheckpoint);
  }

  private async sendLatest(keepalive: boolean): Promise<void> {
    if (!this.needsSave() || this.alreadySending()) return;
    const request: Request = { version: this.version, checkpoint: this.wantCheckpoint };
    this.inFlight = request;
    if (!this.failing) this.emit({ kind: 'saving' });
    try {
      const draft = await this.options.send(this.doc, { checkpoint: request.checkpoint, keepalive });
      this.confirmed = Math.max(this.confirmed, request.version);
      if (request.checkpoint) {
        this.checkpointed = Math.max(this.checkpointed, request.version);
        this.wantCheckpoint = false;
      }
      this.failing = false;
      this.retryDelay = FIRST_RETRY_MS;
      if (this.started) this.options.onSaved(draft);
      this.emit(this.pending ? { kind: 'saving' } : { kind: 'saved' });
    } catch (error) {
      const failure = this.options.describeFailure(error);
      this.failing = true;
      this.emit({ kind: 'failed', message: failure.message, retrying: failure.retry && this.started });
      if (failure.retry) this.scheduleRetry();
    } finally {
      if (this.inFlight === request) this.inFlight = null;
    }
  }

  private scheduleRetry(): void {
    if (!this.started) return;
    this.clearRetry();
    const delay = this.retryDelay;
    this.retryDelay = Math.min(this.retryDelay * 2, LONGEST_RETRY_MS);
    this.retryTimer = window.setTimeout(() => void this.flush(), delay);
  }

  /** Reports the state when it changes ("Saving…" comes with every keystroke; it is reported once). */
  private emit(state: SaveState): void {
    if (!this.started || sameSaveState(this.shown, state)) return;
    this.shown = state;
    this.options.onState(state);
  }

  private clearTimer(): void {
    if (this.timer !== null) window.clearTimeout(this.timer);
    this.timer = null;
  }

  private clearRetry(): void {
    if (this.retryTimer !== null) window.clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }
}
