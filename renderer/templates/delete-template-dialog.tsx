import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useRef, useState } from 'react';
import type { MessageTemplate } from '../../core/templates';
import { useInertBackground } from '../shell/modal-background';
import { describeError } from '../ui/error-message';

interface DeleteTemplateDialogProps {
  template: MessageTemplate;
  onConfirm: () => Promise<void>;
  onDeleted: () => void;
}

/** See renderer/contacts/delete-contact-dialog.tsx for why there is no Radix Overlay. */
export function DeleteTemplateDialog({ template, onConfirm, onDeleted }: DeleteTemplateDialogProps) {
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
          <AlertDialog.Title className="dialog-title">Delete {template.title}?</AlertDialog.Title>
          <AlertDialog.Description className="dialog-description">
            This removes the template from this computer for good. Drafts you already started from it keep their text.
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
