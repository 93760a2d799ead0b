import type { MessageTemplate } from '../../core/templates';
import { ConfirmDeleteDialog } from '../ui/confirm-delete-dialog';

interface DeleteTemplateDialogProps {
  template: MessageTemplate;
  onConfirm: () => Promise<void>;
  onDeleted: () => void;
}

export function DeleteTemplateDialog({ template, onConfirm, onDeleted }: DeleteTemplateDialogProps) {
  return (
    <ConfirmDeleteDialog
      name={template.title}
      description="This removes the template from this computer for good. Drafts you already started from it keep their text."
      onConfirm={onConfirm}
      onDeleted={onDeleted}
    />
  );
}
