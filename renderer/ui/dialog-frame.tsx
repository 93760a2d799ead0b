import * as AlertDialog from '@radix-ui/react-alert-dialog';
import * as Dialog from '@radix-ui/react-dialog';
import { useState, type ComponentType, type FormEvent, type MouseEvent, type ReactNode } from 'react';
import { useInertBackground } from '../shell/modal-background';

interface Parts {
  Root: ComponentType<{ open: boolean; onOpenChange: (open: boolean) => void; children: ReactNode }>;
  Trigger: ComponentType<{ asChild: true; children: ReactNode }>;
  Portal: ComponentType<{ children: ReactNode }>;
  Content: ComponentType<{
    className: string;
    'aria-busy'?: boolean;
    onCloseAutoFocus?: (event: Event) => void;
    onEscapeKeyDown?: (event: KeyboardEvent) => void;
    children: ReactNode;
  }>;
  Title: ComponentType<{ className: string; children: ReactNode }>;
  Description: ComponentType<{ className: string; children: ReactNode }>;
  Close: ComponentType<{ asChild: true; children: ReactNode }>;
}

/** A question that must be answered (role alertdialog, no close on an outside click) or an ordinary dialog. */
const ALERT: Parts = { ...AlertDialog, Close: AlertDialog.Cancel };
const PLAIN: Parts = Dialog;

export interface DialogFrameProps {
  /** Left out when the body carries its own Radix `Dialog.Title` (the cue card). */
  title?: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  /** The buttons after Cancel. */
  actions: ReactNode;
  cancelLabel?: string;
  /** The dialog-wide error line; left out when undefined (a dialog whose errors sit on a field). */
  error?: string | null;
  /** Given: the body, the error line and the buttons sit in one form, sent with Enter. */
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  formClassName?: string;
  className?: string;
  actionsClassName?: string;
  alert?: boolean;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  onClose?: () => void;
  /** A button that opens the dialog; Radix gives focus back to it when the dialog closes. */
  trigger?: ReactNode;
  onCloseAutoFocus?: (event: Event) => void;
  loading?: boolean;
  /** Something was typed or chosen: Escape, Cancel or a click outside ask before it is dropped. */
  unsaved?: boolean;
}

/**
 * The one frame every dialog is drawn in: portal, backdrop, title, description, error line and buttons.
 * Radix's Overlay is left out on purpose: it wraps react-remove-scroll, which injects an inline <style>
 * element that the app's CSP (style-src 'self') refuses. The backdrop is a plain element styled from
 * the stylesheet; focus trapping and aria-hidden on the rest still come from Radix, and the rest of the
 * app is made inert while the dialog is open (useInertBackground).
 */
export function DialogFrame({
  title,
  description,
  children,
  actions,
  cancelLabel = 'Cancel',
  error,
  onSubmit,
  formClassName,
  className,
  actionsClassName = 'dialog-actions',
  alert = false,
  open = true,
  onOpenChange,
  onClose,
  trigger,
  onCloseAutoFocus,
  loading,
  unsaved = false,
}: DialogFrameProps) {
  const P = alert ? ALERT : PLAIN;
  useInertBackground(open);
  const [asking, setAsking] = useState(false);

  function close() {
    setAsking(false);
    onOpenChange?.(false);
    onClose?.();
  }

  function changeOpen(next: boolean) {
    if (next) onOpenChange?.(true);
    else if (unsaved) setAsking(true);
    else close();
  }

  function cancel(event: MouseEvent<HTMLButtonElement>) {
    if (!unsaved) return;
    event.preventDefault();
    setAsking(true);
  }

  const footer = (
    <>
      {asking ? (
        <div className="dialog-discard" role="alert">
          <p>Discard what you changed here?</p>
          <button type="button" className="button" onClick={() => setAsking(false)}>
            Keep editing
          </button>
          <button type="button" className="button button-danger" onClick={close}>
            Discard
          </button>
        </div>
      ) : null}
      {error === undefined ? null : (
        <div className="dialog-error" role="alert">
          {error}
        </div>
      )}
      <div className={actionsClassName}>
        <P.Close asChild>
          <button type="button" className="button" onClick={cancel}>
            {cancelLabel}
          </button>
        </P.Close>
        {actions}
      </div>
    </>
  );

  return (
    <P.Root open={open} onOpenChange={changeOpen}>
      {trigger ? <P.Trigger asChild>{trigger}</P.Trigger> : null}
      <P.Portal>
        <div className="dialog-backdrop" aria-hidden="true" />
        <P.Content
          className={className ? `dialog ${className}` : 'dialog'}
          aria-busy={loading}
          onCloseAutoFocus={onCloseAutoFocus}
          onEscapeKeyDown={(event) => {
            /** Escape in an open list (the contact picker) closes the list, not the dialog. */
            const listOpen =
              event.target instanceof Element &&
              event.target.getAttribute('role') === 'combobox' &&
              event.target.getAttribute('aria-expanded') === 'true';
            if (!unsaved && !listOpen) return;
            event.preventDefault();
            if (!listOpen) setAsking(true);
          }}
        >
          {title === undefined ? null : <P.Title className="dialog-title">{title}</P.Title>}
          {description === undefined ? null : (
            <P.Description className="dialog-description">{description}</P.Description>
          )}
          {onSubmit ? (
            <form className={formClassName} onSubmit={onSubmit} noValidate>
              {children}
              {footer}
            </form>
          ) : (
            <>
              {children}
              {footer}
            </>
          )}
        </P.Content>
      </P.Portal>
    </P.Root>
  );
}
