import { within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** Types into a contact picker (renderer/ui/contact-picker.tsx) and chooses the option named. */
export async function pickContact(user: UserEvent, scope: HTMLElement, label: string, typed: string, option: string) {
  const box = within(scope).getByRole('combobox', { name: label });
  await user.clear(box);
  await user.type(box, typed);
  await user.click(await within(scope).findByRole('option', { name: option }, { timeout: 5000 }));
}
