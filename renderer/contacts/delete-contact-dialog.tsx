import type { Contact } from '../../core/contacts';
import { ConfirmDeleteDialog } from '../ui/confirm-delete-dialog';

interface DeleteContactDialogProps {
  contact: Contact;
  onConfirm: () => Promise<void>;
  onDeleted: () => void;
}

export function DeleteContactDialog({ contact, onConfirm, onDeleted }: DeleteContactDialogProps) {
  return (
    <ConfirmDeleteDialog
      name={contact.name}
      description={`This removes ${contact.name} and your notes about them from this computer for good. To keep them but move them out of the way, archive them instead.`}
      onConfirm={onConfirm}
      onDeleted={onDeleted}
    />
  );
}
