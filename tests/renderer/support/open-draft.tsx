import { render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { App } from '../../../renderer/app';

/** The drafts screen is a lazy chunk; the first test in a file waits for it to be transformed. */
const LAZY_LOAD_MS = 5_000;

/** Renders the whole app, goes to Drafts and opens the one draft listed; returns the message box (the CodeMirror content element). */
export async function openDraftInApp(heading: string, user: UserEvent = userEvent.setup()) {
  render(<App initialScreen="contacts" />);
  await user.click(screen.getByRole('button', { name: 'Drafts' }));
  const list = await screen.findByRole('list', { name: 'Drafts' }, { timeout: LAZY_LOAD_MS });
  await user.click(within(list).getAllByRole('button')[0]!);
  await screen.findByRole('heading', { level: 1, name: heading }, { timeout: LAZY_LOAD_MS });
  return { user, body: screen.getByRole('textbox', { name: /Message|script|Note/ }) };
}
