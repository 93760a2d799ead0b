import { useCallback, useRef, useState } from 'react';
import { useLeaveGuard } from '../shell/navigation';
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

/**
 * A list-and-pane screen's guard on its open form (contacts, templates): the pane reports what is unsaved
 * (`trackUnsaved`, the entity's name or null), and `afterDiscard` runs an action at once when nothing is,
 * or after the person agrees to discard. Leaving the screen asks the same way. Render `dialog`.
 */
export function useDiscardGuard() {
  const [request, setRequest] = useState<DiscardRequest | null>(null);
  const unsavedRef = useRef<string | null>(null);

  const trackUnsaved = useCallback((name: string | null) => {
    unsavedRef.current = name;
  }, []);

  function confirmDiscard(restoreFocus: boolean): true | Promise<boolean> {
    const name = unsavedRef.current;
    if (name === null) return true;
    return new Promise((resolve) => {
      setRequest({
        name,
        restoreFocus,
        answer: (discarded) => {
          setRequest(null);
          if (discarded) unsavedRef.current = null;
          resolve(discarded);
        },
      });
    });
  }

  function afterDiscard(restoreFocus: boolean, action: () => void) {
    const verdict = confirmDiscard(restoreFocus);
    if (verdict === true) action();
    else void verdict.then((discarded) => discarded && action());
  }

  useLeaveGuard(() => confirmDiscard(false));

  return {
    trackUnsaved,
    afterDiscard,
    dialog: request ? <DiscardChangesDialog request={request} /> : null,
  };
}
