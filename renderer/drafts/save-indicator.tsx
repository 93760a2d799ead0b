import type { SaveState } from './autosave';

const TEXT: Record<Exclude<SaveState['kind'], 'failed'>, string> = { saved: 'Saved', saving: 'Saving…' };

export function describeSaveState(state: SaveState): string {
  if (state.kind !== 'failed') return TEXT[state.kind];
  return state.retrying ? `Not saved — ${state.message}, retrying` : `Not saved — ${state.message}`;
}

/** Not a live region: "Saving…" and "Saved" alternate with every pause in typing. Failures are alerts. */
export function SaveIndicator({ state }: { state: SaveState }) {
  return (
    <p className="save-indicator" data-state={state.kind}>
      <span className="save-dot" aria-hidden="true" />
      <span role={state.kind === 'failed' ? 'alert' : undefined}>{describeSaveState(state)}</span>
    </p>
  );
}
