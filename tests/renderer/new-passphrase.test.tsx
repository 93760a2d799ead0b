import './support/setup-dom';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ProtectionStatus } from '../../core/protection';
import { SetupScreen } from '../../renderer/protection/lock-screen';
import { inputsOf, mockApi } from './support/mock-api';

vi.mock('../../renderer/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../renderer/api')>()),
  call: vi.fn(),
}));

const UNLOCKED: ProtectionStatus = { state: 'unlocked', passphrase: true, autoLockMinutes: 15, waitMs: 0 };

/** The first-run setup and Settings → Protection share these fields and checks (renderer/protection/new-passphrase.tsx). */
/** What a screen reader says under a field: the texts its aria-describedby points at. */
function description(label: string): string {
  const ids = screen.getByLabelText(label).getAttribute('aria-describedby') ?? '';
  return ids
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}
const invalid = (label: string) => screen.getByLabelText(label).getAttribute('aria-invalid');

describe('a new passphrase typed twice', () => {
  async function typeAndSubmit(first: string, again: string) {
    const mocked = mockApi({ 'protection:unlock': () => ({ status: UNLOCKED, recoveryCode: 'ABCD-EFGH' }) });
    const onUnlocked = vi.fn();
    render(<SetupScreen onUnlocked={onUnlocked} />);
    const user = userEvent.setup();
    if (first) await user.type(screen.getByLabelText('Passphrase'), first);
    if (again) await user.type(screen.getByLabelText('The same passphrase again'), again);
    await user.click(screen.getByRole('button', { name: 'Protect my data' }));
    return { mocked, onUnlocked };
  }

  it('refuses one shorter than 8 characters beside the first field, and sends nothing', async () => {
    const { mocked, onUnlocked } = await typeAndSubmit('seven77', 'seven77');
    expect(description('Passphrase')).toContain('Choose a passphrase of at least 8 characters.');
    expect(invalid('Passphrase')).toBe('true');
    expect(invalid('The same passphrase again')).toBeNull();
    expect(inputsOf(mocked, 'protection:unlock')).toEqual([]);
    expect(onUnlocked).not.toHaveBeenCalled();
  });

  it('refuses two that differ beside the second field, and sends nothing', async () => {
    const { mocked } = await typeAndSubmit('correct horse', 'correct hörse');
    expect(description('The same passphrase again')).toBe('The two passphrases are not the same.');
    expect(invalid('Passphrase')).toBeNull();
    expect(inputsOf(mocked, 'protection:unlock')).toEqual([]);
  });

  it('sends the passphrase once when both agree, and hands over the recovery code', async () => {
    const { mocked, onUnlocked } = await typeAndSubmit('correct horse', 'correct horse');
    expect(inputsOf(mocked, 'protection:unlock')).toEqual([{ passphrase: 'correct horse' }]);
    expect(onUnlocked).toHaveBeenCalledWith(UNLOCKED, 'ABCD-EFGH');
    expect(screen.getByLabelText('Passphrase').getAttribute('type')).toBe('password');
    expect(screen.getByLabelText('Passphrase').getAttribute('spellcheck')).toBe('false');
  });
});
