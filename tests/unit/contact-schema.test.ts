import { describe, expect, it } from 'vitest';
import { CONTACT_LIMITS, ContactInputSchema } from '../../core/contacts';

function errorFor(input: unknown): string | undefined {
  const result = ContactInputSchema.safeParse(input);
  return result.success ? undefined : result.error.issues[0]?.message;
}

describe('ContactInputSchema', () => {
  it('needs a name and trims fields', () => {
    expect(errorFor({})).toMatch(/Name/);
    expect(errorFor({ name: '   ' })).toBe('Name is required');
    expect(ContactInputSchema.parse({ name: '  Ada  ' }).name).toBe('Ada');
  });

  it('fills defaults for everything else', () => {
    expect(ContactInputSchema.parse({ name: 'Ada' })).toMatchObject({
      company: '',
      relationship: 'hiring-manager',
      status: 'rejected',
      interviewDate: null,
      decisionDate: null,
    });
  });

  it.each([
    [{ name: 'A', email: 'not-an-email' }, 'Email must look like name@example.com'],
    [{ name: 'A', phone: 'call me' }, 'Phone may hold only digits, spaces, + ( ) - and .'],
    [{ name: 'A', linkedinUrl: 'http://linkedin.com/in/a' }, 'LinkedIn URL must be an https://…linkedin.com address'],
    [
      { name: 'A', linkedinUrl: 'https://linkedin.com.evil.example/in/a' },
      'LinkedIn URL must be an https://…linkedin.com address',
    ],
    [{ name: 'A', relationship: 'boss' }, 'Choose a relationship from the list'],
    [{ name: 'A', status: 'hired' }, 'Choose a status from the list'],
    [{ name: 'A', interviewDate: '2026-02-30' }, 'Interview date must be a real date written as YYYY-MM-DD'],
    [{ name: 'A', decisionDate: 'yesterday' }, 'Decision date must be a real date written as YYYY-MM-DD'],
    [
      { name: 'A', interviewDate: '2026-05-02', decisionDate: '2026-05-01' },
      'Decision date cannot be before the interview date',
    ],
    [{ name: 'x'.repeat(CONTACT_LIMITS.name + 1) }, `Name must be at most ${CONTACT_LIMITS.name} characters`],
    [
      { name: 'A', notes: 'x'.repeat(CONTACT_LIMITS.notes + 1) },
      `Notes must be at most ${CONTACT_LIMITS.notes} characters`,
    ],
    [{ name: 'A', isAdmin: true }, undefined],
  ])('refuses %j with a clear message', (input, message) => {
    const error = errorFor(input);
    expect(error).toBeDefined();
    if (message) expect(error).toBe(message);
  });

  it('accepts empty optional fields and real dates', () => {
    expect(
      ContactInputSchema.safeParse({ name: 'A', email: '', phone: '', interviewDate: '', decisionDate: '2024-02-29' })
        .success,
    ).toBe(true);
  });
});
