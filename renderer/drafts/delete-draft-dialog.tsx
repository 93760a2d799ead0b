import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useState } from 'react';
import { call } from '../api';
import { useInertBackground } from '../shell/modal-background';
import { useAnnounce } from '../shell/status';
import { describeError } from '../ui/error-message';
import { draftTitle } from './describe-draft';

interface DeleteDraftDialogProps {
  draftId: number;
  title: string;
  onDeleted: () => void;
}

/** See renderer/contacts/delete-contact-dialog.tsx for why there is no Radix Overlay. */
export function DeleteDraftDialog({ draftId, title, onDeleted }: DeleteDraftDialogProps) {
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useInertBackground(open);

  async function confirm() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await call('drafts:delete', { id: draftId });
      announce('Draft deleted');
      setOpen(false);
      onDeleted();
    } catch (failure) {
      setError(describeError(failure));
      setBusy(false);
    }
  }

  return (
    <AlertDialog.Root
      open={open}
      onOpenChange={(next) => {
        if (busy) return;
        setError(null);
        setOpen(next);
      }}
    >
      <AlertDialog.Trigger asChild>
        <button type="button" className="button button-small button-quiet button-quiet-danger">
          Delete…
        </button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <div className="dialog-backdrop" aria-hidden="true" />
        <AlertDialog.Content className="dialog">
          <AlertDialog.Title className="dialog-title">Delete “{draftTitle({ title })}”?</AlertDialog.Title>
          <AlertDialog.Description className="dialog-description">
            This removes the draft and all its earlier versions from this computer for good.
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
            <button type="button" className="button button-danger" onClick={() => void confirm()} aria-busy={busy}>
              Delete
            </button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
