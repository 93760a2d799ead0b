import { ConfirmDialog } from './confirm-dialog';

export interface DiscardRequest {
  name: string;
  /** Whether focus goes back to where it was once the edits are discarded (false when the next view places it). */
  restoreFocus: boolean;
  answer: (discard: boolean) => void;
}

/** Asks before unsaved edits (a contact, a template) are thrown away. */
export function DiscardChangesDialog({ request }: { request: DiscardRequest }) {
  return (
    <ConfirmDialog
      title={`Discard changes to ${request.name}?`}
      description="You have edits that are not saved yet. Keep editing to save them, or discard them and move on."
      cancelLabel="Keep editing"
      confirmLabel="Discard"
      placeFocusAfterConfirm={!request.restoreFocus}
      onClose={() => request.answer(false)}
      onConfirm={() => request.answer(true)}
    />
  );
}
