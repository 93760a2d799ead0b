import { useRef, useState, type ComponentProps, type ReactNode } from 'react';
import { DialogFrame } from './dialog-frame';
import { describeError } from './error-message';

export interface ConfirmDialogProps {
  title: ReactNode;
  description: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  tone?: 'danger' | 'primary';
  /** Runs the change; a thrown error is shown on the dialog's error line and the dialog stays open. */
  onConfirm: () => void | Promise<void>;
  /**
   * With a trigger the dialog opens itself and closes after a confirm. Without one it is open while
   * mounted, and the caller unmounts it (onClose on Cancel or Escape, or after its onConfirm).
   */
  trigger?: ReactNode;
  onClose?: () => void;
  /**
   * Called once the dialog has closed after a confirm, instead of focus going back to the trigger:
   * for the views that place focus themselves (the next contact after a delete).
   */
  onConfirmed?: () => void;
  /** False: focus goes back to the trigger after a confirm, as after Cancel. */
  placeFocusAfterConfirm?: boolean;
}

/** Asks once before a change (a delete, a restore, discarding edits), shows why it failed, never runs twice. */
export function ConfirmDialog({
  title,
  description,
  confirmLabel,
  cancelLabel = 'Keep',
  tone = 'danger',
  onConfirm,
  trigger,
  onClose,
  onConfirmed,
  placeFocusAfterConfirm = true,
}: ConfirmDialogProps) {
  const [open, setOpen] = useState(trigger === undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmedRef = useRef(false);

  function changeOpen(next: boolean) {
    if (busy) return;
    setError(null);
    if (trigger !== undefined) setOpen(next);
    else if (!next) onClose?.();
  }

  async function confirm() {
    if (busy) return;
    setBusy(true);
    setError(null);
    confirmedRef.current = true;
    try {
      await onConfirm();
      if (trigger !== undefined) setOpen(false);
    } catch (failure) {
      confirmedRef.current = false;
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  }

  function handleCloseAutoFocus(event: Event) {
    if (!confirmedRef.current || !placeFocusAfterConfirm) return;
    event.preventDefault();
    onConfirmed?.();
  }

  return (
    <DialogFrame
      alert
      open={open}
      onOpenChange={changeOpen}
      trigger={trigger}
      title={title}
      description={description}
      cancelLabel={cancelLabel}
      error={error}
      onCloseAutoFocus={handleCloseAutoFocus}
      actions={
        <button type="button" className={`button button-${tone}`} onClick={() => void confirm()} aria-busy={busy}>
          {confirmLabel}
        </button>
      }
    />
  );
}

/** The quiet "Delete…" button that opens a ConfirmDialog (React 19 passes Radix's ref through the props). */
export function DeleteButton({ small = false, ...rest }: { small?: boolean } & ComponentProps<'button'>) {
  return (
    <button
      type="button"
      className={`button${small ? ' button-small' : ''} button-quiet button-quiet-danger`}
      {...rest}
    >
      Delete…
    </button>
  );
}
