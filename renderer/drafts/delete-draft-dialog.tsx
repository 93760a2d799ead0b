import { call } from '../api';
import { useAnnounce } from '../shell/status';
import { ConfirmDialog, DeleteButton } from '../ui/confirm-dialog';
import { draftTitle } from './describe-draft';

interface DeleteDraftDialogProps {
  draftId: number;
  title: string;
  onDeleted: () => void;
}

export function DeleteDraftDialog({ draftId, title, onDeleted }: DeleteDraftDialogProps) {
  const announce = useAnnounce();
  return (
    <ConfirmDialog
      trigger={<DeleteButton small />}
      title={`Delete “${draftTitle({ title })}”?`}
      description="This removes the draft and all its earlier versions from this computer for good."
      confirmLabel="Delete"
      placeFocusAfterConfirm={false}
      onConfirm={async () => {
        await call('drafts:delete', { id: draftId });
        announce('Draft deleted');
        onDeleted();
      }}
    />
  );
}
