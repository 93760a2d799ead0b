import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useRef, useState } from 'react';
import type { Contact } from '../../core/contacts';
import { useInertBackground } from '../shell/modal-background';
import { describeError } from '../ui/error-message';

interface DeleteContactDialogProps {
  contact: Contact;
  onConfirm: () => Promise<void>;
  onDeleted: () => void;
}

/**
 * Radix's Overlay is left out on purpose: it wraps react-remove-scroll, which injects an inline
 * <style> element that the app's CSP (style-src 'self') refuses. The backdrop below is a plain
 * element styled from the stylesheet; focus trapping and aria-hidden on the rest still come from Radix.
 */
export function DeleteContactDialog({ contact, onConfirm, onDeleted }: DeleteContactDialogProps) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const deletedRef = useRef(false);
  useInertBackground(open);

  function changeOpen(next: boolean) {
    if (busy) return;
    setError(null);
    setOpen(next);
  }

  async function confirm() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      deletedRef.current = true;
      setOpen(false);
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  }

  function handleCloseAutoFocus(event: Event) {
    if (!deletedRef.current) return;
    event.preventDefault();
    onDeleted();
  }

  return (
    <AlertDialog.Root open={open} onOpenChange={changeOpen}>
      <AlertDialog.Trigger asChild>
        <button type="button" className="button button-quiet button-quiet-danger">
          Delete…
        </button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <div className="dialog-backdrop" aria-hidden="true" />
        <AlertDialog.Content className="dialog" onCloseAutoFocus={handleCloseAutoFocus}>
          <AlertDialog.Title className="dialog-title">Delete {contact.name}?</AlertDialog.Title>
          <AlertDialog.Description className="dialog-description">
            This removes {contact.name} and your notes about them from this computer for good. To keep them but move
            them out of the way, archive them instead.
          </AlertDialog.Description>
          <div className="dialog-error" role="alert">
            {error}
          </div>
          <div className="dialog-actions">
            <AlertDialog.Cancel asChild>
              <button type="button" className="button">
                Keep
              </button>
            </AlertDialog.Cancel>
            <button type="button" className="button button-danger" onClick={confirm} aria-busy={busy}>
              Delete
            </button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
