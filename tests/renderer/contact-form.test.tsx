import './support/setup-dom';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ContactInput } from '../../core/contacts';
import { ApiCallError } from '../../renderer/api';
import { App } from '../../renderer/app';
import { inputsOf, mockApi } from './support/mock-api';
import { makeContact, NO_DRAFTS, pageOf, PRIYA, settingsWith } from './support/fixtures';

vi.mock('../../renderer/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../renderer/api')>()),
  call: vi.fn(),
}));

function errorTextOf(field: HTMLElement): string {
  const ids = (field.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id.endsWith('-error'));
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

async function openNewContactForm() {
  const user = userEvent.setup();
  render(<App initialScreen="contacts" />);
  await screen.findByRole('heading', { name: 'No contacts yet' });
  await user.click(screen.getByRole('button', { name: 'New contact' }));
  const form = screen.getByRole('form', { name: 'New contact' });
  return { user, form };
}

describe('contact form', () => {
  it('shows each field’s schema message next to it and does not call the API when invalid', async () => {
    const api = mockApi({
      'settings:get': () => settingsWith('system'),
      ...NO_DRAFTS,
      'contacts:list': () => pageOf([]),
    });
    const { user, form } = await openNewContactForm();
    const name = within(form).getByLabelText('Name');
    expect(name).toHaveProperty('required', true);
    await user.type(within(form).getByLabelText('Email'), 'not-an-email');
    await user.type(within(form).getByLabelText('LinkedIn URL'), 'http://example.com/me');
    fireEvent.change(within(form).getByLabelText('Interview date'), { target: { value: '2026-03-10' } });
    fireEvent.change(within(form).getByLabelText('Decision date'), { target: { value: '2026-03-01' } });
    await user.click(within(form).getByRole('button', { name: 'Save contact' }));

    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(errorTextOf(name)).toBe('Name is required');
    expect(errorTextOf(within(form).getByLabelText('Email'))).toBe('Email must look like name@example.com');
    expect(errorTextOf(within(form).getByLabelText('LinkedIn URL'))).toBe(
      'LinkedIn URL must be an https://…linkedin.com address',
    );
    expect(errorTextOf(within(form).getByLabelText('Decision date'))).toBe(
      'Decision date cannot be before the interview date',
    );
    expect(within(form).getByLabelText('Job title').getAttribute('aria-invalid')).toBeNull();
    expect(document.activeElement).toBe(name);
    expect(inputsOf(api, 'contacts:create')).toEqual([]);

    await user.type(name, 'Priya');
    expect(name.getAttribute('aria-invalid')).toBeNull();
    expect(errorTextOf(name)).toBe('');
  });

  it('saves a new contact with contacts:create and the typed values', async () => {
    const saved = makeContact({ id: 7, name: 'Priya Raman', company: 'Northwind Labs' });
    const api = mockApi({
      'settings:get': () => settingsWith('system'),
      ...NO_DRAFTS,
      'contacts:list': () => pageOf([]),
      'contacts:create': () => saved,
    });
    const { user, form } = await openNewContactForm();
    await user.type(within(form).getByLabelText('Name'), '  Priya Raman ');
    await user.type(within(form).getByLabelText('Job title'), 'Engineering Manager');
    await user.type(within(form).getByLabelText('Company'), 'Northwind Labs');
    await user.selectOptions(within(form).getByLabelText('Relationship'), 'Recruiter');
    await user.type(within(form).getByLabelText('Email'), 'priya@northwind.example');
    await user.type(within(form).getByLabelText('Phone'), '+44 20 7946 0321');
    await user.type(within(form).getByLabelText('LinkedIn URL'), 'https://www.linkedin.com/in/priya');
    await user.type(within(form).getByLabelText('Position applied for'), 'Senior Frontend Engineer');
    await user.selectOptions(within(form).getByLabelText('Status'), 'Thanked');
    fireEvent.change(within(form).getByLabelText('Interview date'), { target: { value: '2026-01-10' } });
    await user.type(within(form).getByLabelText('Interview highlight'), 'the pairing exercise');
    await user.type(within(form).getByLabelText('Notes'), 'Loved the pairing exercise.');
    await user.click(within(form).getByRole('button', { name: 'Save contact' }));

    await waitFor(() => expect(inputsOf(api, 'contacts:create')).toHaveLength(1));
    expect(inputsOf(api, 'contacts:create')[0]).toEqual({
      name: 'Priya Raman',
      jobTitle: 'Engineering Manager',
      company: 'Northwind Labs',
      email: 'priya@northwind.example',
      phone: '+44 20 7946 0321',
      linkedinUrl: 'https://www.linkedin.com/in/priya',
      relationship: 'recruiter',
      position: 'Senior Frontend Engineer',
      interviewDate: '2026-01-10',
      decisionDate: null,
      status: 'thanked',
      highlight: 'the pairing exercise',
      notes: 'Loved the pairing exercise.',
    } satisfies ContactInput);
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Saved');
    expect(screen.getByRole('heading', { level: 2, name: 'Priya Raman' })).toBeTruthy();
    await waitFor(() => expect(inputsOf(api, 'contacts:list').length).toBeGreaterThanOrEqual(2));
  });

  it('shows server validation errors on their fields and other problems in the alert', async () => {
    mockApi({
      'settings:get': () => settingsWith('system'),
      ...NO_DRAFTS,
      'contacts:list': () => pageOf([]),
      'contacts:create': () => {
        throw new ApiCallError('invalid-input', 'Email is already used (and 1 more problem)', [
          { path: 'email', message: 'Email is already used by another contact' },
          { path: '', message: 'Too many contacts for one day' },
        ]);
      },
    });
    const { user, form } = await openNewContactForm();
    await user.type(within(form).getByLabelText('Name'), 'Priya Raman');
    await user.type(within(form).getByLabelText('Email'), 'priya@northwind.example');
    await user.click(within(form).getByRole('button', { name: 'Save contact' }));

    const email = within(form).getByLabelText('Email');
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    expect(errorTextOf(email)).toBe('Email is already used by another contact');
    expect(document.activeElement).toBe(email);
    const alerts = within(form).getAllByRole('alert');
    expect(alerts.map((alert) => alert.textContent).join(' ')).toContain('Too many contacts for one day');
    expect(screen.getByRole('heading', { level: 2, name: 'New contact' })).toBeTruthy();

    await user.type(email, 'x');
    expect(email.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows a transport failure without losing what was typed', async () => {
    mockApi({
      'settings:get': () => settingsWith('system'),
      ...NO_DRAFTS,
      'contacts:list': () => pageOf([]),
      'contacts:create': () => {
        throw new ApiCallError('internal', 'The disk is full, so this change was not saved.');
      },
    });
    const { user, form } = await openNewContactForm();
    await user.type(within(form).getByLabelText('Name'), 'Priya Raman');
    await user.click(within(form).getByRole('button', { name: 'Save contact' }));
    expect(await within(form).findByText('The disk is full, so this change was not saved.')).toBeTruthy();
    expect(within(form).getByLabelText('Name')).toHaveProperty('value', 'Priya Raman');
  });

  it('updates an existing contact with contacts:update and its id', async () => {
    const api = mockApi({
      'settings:get': () => settingsWith('system'),
      ...NO_DRAFTS,
      'contacts:list': () => pageOf([PRIYA]),
      'contacts:update': (input) => ({ ...PRIYA, ...input?.contact, id: PRIYA.id }),
    });
    const user = userEvent.setup();
    render(<App initialScreen="contacts" />);
    await user.click(await screen.findByRole('button', { name: /Priya Raman/ }));
    const form = screen.getByRole('form', { name: 'Priya Raman' });
    const jobTitle = within(form).getByLabelText('Job title');
    await user.clear(jobTitle);
    await user.type(jobTitle, 'Director of Engineering');
    await user.click(within(form).getByRole('button', { name: 'Save contact' }));

    await waitFor(() => expect(inputsOf(api, 'contacts:update')).toHaveLength(1));
    const [update] = inputsOf(api, 'contacts:update');
    expect(update?.id).toBe(PRIYA.id);
    expect(update?.contact).toMatchObject({ name: 'Priya Raman', jobTitle: 'Director of Engineering' });
    expect(inputsOf(api, 'contacts:create')).toEqual([]);
  });

  it('cancels editing with Escape and with the Cancel button, asking first when something was typed', async () => {
    const api = mockApi({
      'settings:get': () => settingsWith('system'),
      ...NO_DRAFTS,
      'contacts:list': () => pageOf([]),
    });
    const { user, form } = await openNewContactForm();
    await user.type(within(form).getByLabelText('Name'), 'Half typed{Escape}');
    const ask = await screen.findByRole('alertdialog', { name: 'Discard changes to Half typed?' });
    await user.click(within(ask).getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'New contact' }));

    await user.keyboard('{Control>}n{/Control}');
    const again = screen.getByRole('form', { name: 'New contact' });
    expect(within(again).getByLabelText('Name')).toHaveProperty('value', '');
    await user.click(within(again).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form')).toBeNull();
    expect(inputsOf(api, 'contacts:create')).toEqual([]);
  });
});
