import '../support/setup-dom';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ApiCallError } from '../../../renderer/api';
import { ConfirmDialog, DeleteButton } from '../../../renderer/ui/confirm-dialog';
import { DialogFrame } from '../../../renderer/ui/dialog-frame';

describe('ConfirmDialog', () => {
  it('shows why a confirm failed and stays open; a second try that works closes it and hands focus on', async () => {
    const user = userEvent.setup();
    const onConfirm = vi
      .fn()
      .mockRejectedValueOnce(new ApiCallError('internal', 'The disk is full.'))
      .mockResolvedValueOnce(undefined);
    const onConfirmed = vi.fn();
    render(
      <ConfirmDialog
        trigger={<DeleteButton />}
        title="Delete the note?"
        description="It goes for good."
        confirmLabel="Delete"
        onConfirm={onConfirm}
        onConfirmed={onConfirmed}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Delete…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete the note?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(within(dialog).getByRole('alert').textContent).toBe('The disk is full.'));
    expect(onConfirmed).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(onConfirm).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(onConfirmed).toHaveBeenCalledTimes(1));
  });

  it('without a trigger is open while mounted, and Cancel or Escape calls onClose without confirming', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    const onConfirm = vi.fn();
    render(
      <ConfirmDialog
        title="Discard changes?"
        description="Edits are lost."
        cancelLabel="Keep editing"
        confirmLabel="Discard"
        onClose={onClose}
        onConfirm={onConfirm}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Keep editing' }));
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(2);
    expect(onConfirm).not.toHaveBeenCalled();
  });
});

describe('DialogFrame', () => {
  function Harness({ onSend }: { onSend: (value: string) => void }) {
    const [value, setValue] = useState('');
    return (
      <DialogFrame
        title="Rename"
        description="A new name."
        error="Names need a letter."
        onSubmit={(event) => {
          event.preventDefault();
          onSend(value);
        }}
        actions={
          <button type="submit" className="button button-primary">
            Save
          </button>
        }
      >
        <label htmlFor="name">Name</label>
        <input id="name" value={value} onChange={(event) => setValue(event.target.value)} />
      </DialogFrame>
    );
  }

  it('puts the body, the error line and the buttons in one form sent with Enter', async () => {
    const user = userEvent.setup();
    const onSend = vi.fn();
    render(<Harness onSend={onSend} />);
    const dialog = screen.getByRole('dialog', { name: 'Rename' });
    expect(within(dialog).getByRole('alert').textContent).toBe('Names need a letter.');
    await user.type(within(dialog).getByLabelText('Name'), 'Ada{Enter}');
    expect(onSend).toHaveBeenCalledWith('Ada');
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeTruthy();
  });

  it('leaves the error line out when the dialog has none', () => {
    render(<DialogFrame title="Card" actions={null} />);
    expect(within(screen.getByRole('dialog', { name: 'Card' })).queryByRole('alert')).toBeNull();
  });
});
