import type { MessageTemplate } from '../../core/templates';
import { ConfirmDialog, DeleteButton } from '../ui/confirm-dialog';

interface DeleteTemplateDialogProps {
  template: MessageTemplate;
  onConfirm: () => Promise<void>;
  onDeleted: () => void;
}

export function DeleteTemplateDialog({ template, onConfirm, onDeleted }: DeleteTemplateDialogProps) {
  return (
    <ConfirmDialog
      trigger={<DeleteButton />}
      title={`Delete ${template.title}?`}
      description="This removes the template from this computer for good. Drafts you already started from it keep their text."
      confirmLabel="Delete"
      onConfirm={onConfirm}
      onConfirmed={onDeleted}
    />
  );
}
