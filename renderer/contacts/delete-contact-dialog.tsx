import type { Contact } from '../../core/contacts';
import { ConfirmDialog, DeleteButton } from '../ui/confirm-dialog';

interface DeleteContactDialogProps {
  contact: Contact;
  onConfirm: () => Promise<void>;
  onDeleted: () => void;
}

export function DeleteContactDialog({ contact, onConfirm, onDeleted }: DeleteContactDialogProps) {
  return (
    <ConfirmDialog
      trigger={<DeleteButton />}
      title={`Delete ${contact.name}?`}
      description={`This removes ${contact.name} and your notes about them from this computer for good. To keep them but move them out of the way, archive them instead.`}
      confirmLabel="Delete"
      onConfirm={onConfirm}
      onConfirmed={onDeleted}
    />
  );
}
