import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useRef } from 'react';
import { useInertBackground } from '../shell/modal-background';

export interface DiscardRequest {
  name: string;
  /** Whether focus goes back to where it was once the edits are discarded (false when the next view places it). */
  restoreFocus: boolean;
  answer: (discard: boolean) => void;
}

/** Asks before unsaved edits (a contact, a template) are thrown away; see delete-contact-dialog.tsx for the missing Overlay. */
export function DiscardChangesDialog({ request }: { request: DiscardRequest }) {
  const discardedRef = useRef(false);
  useInertBackground(true);

  function answer(discard: boolean) {
    discardedRef.current = discard && !request.restoreFocus;
    request.answer(discard);
  }

  return (
    <AlertDialog.Root open onOpenChange={(open) => (open ? undefined : answer(false))}>
      <AlertDialog.Portal>
        <div className="dialog-backdrop" aria-hidden="true" />
        <AlertDialog.Content
          className="dialog"
          onCloseAutoFocus={(event) => {
            if (discardedRef.current) event.preventDefault();
          }}
        >
          <AlertDialog.Title className="dialog-title">Discard changes to {request.name}?</AlertDialog.Title>
          <AlertDialog.Description className="dialog-description">
            You have edits that are not saved yet. Keep editing to save them, or discard them and move on.
          </AlertDialog.Description>
          <div className="dialog-actions">
            <AlertDialog.Cancel asChild>
              <button type="button" className="button">
                Keep editing
              </button>
            </AlertDialog.Cancel>
            <button type="button" className="button button-danger" onClick={() => answer(true)}>
              Discard
            </button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
