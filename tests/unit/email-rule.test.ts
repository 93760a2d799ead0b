/**
 * Issue 15, defect 3: one strict address rule for the form, the contract, imports and every output.
 * Each hostile form is refused by the contact schema, the settings schema, the channels that save
 * them, the .eml builder and the mail link; an import keeps the person and leaves the address out.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../core/api-result';
import { ContactInputSchema, type ContactPage } from '../../core/contacts';
import { formatMailbox, isPlainEmailAddress } from '../../core/email';
import { buildEml, buildMailtoUrl } from '../../core/output';
import { SettingsPatchSchema } from '../../core/settings';
import { HEADER_INJECTION_ADDRESSES, HOSTILE_ADDRESSES } from '../helpers/hostile-addresses';
import { createTestApp } from '../helpers/test-app';

const HOSTILE = [...HOSTILE_ADDRESSES, ...HEADER_INJECTION_ADDRESSES].filter((address) => address.trim() !== '');
/** The form and the contract trim what is typed, so " ada@example.com" is saved as the plain address. */
const HOSTILE_TRIMMED = HOSTILE.filter((address) => !isPlainEmailAddress(address.trim()));

let app: ReturnType<typeof createTestApp>;
beforeEach(() => {
  app = createTestApp();
});
afterEach(() => app.dispose());

describe('one email rule', () => {
  it('is the same for the contact form, my details, mailto: and the .eml', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(60);
    for (const address of HOSTILE) {
      expect(isPlainEmailAddress(address), address).toBe(false);
      const trimmedIsPlain = !HOSTILE_TRIMMED.includes(address);
      expect(ContactInputSchema.safeParse({ name: 'Ada', email: address }).success, address).toBe(trimmedIsPlain);
      expect(SettingsPatchSchema.safeParse({ myEmail: address }).success, address).toBe(trimmedIsPlain);
      expect(() => buildMailtoUrl({ to: address, subject: '', body: '' }), address).toThrow();
      expect(() => formatMailbox('Ada', address), address).toThrow();
      const eml = () =>
        buildEml({
          from: { name: '', email: '' },
          to: { name: 'Ada', email: address },
          subject: 'Hi',
          body: 'x',
          date: new Date(0),
        });
      expect(eml, address).toThrow();
    }
    for (const address of [
      'a@b.io',
      'first.last+tag@sub.example.org',
      'ada@xn--bcher-kva.de',
      'john@doe.invalid',
      "o'brien@example.ie",
    ]) {
      expect(ContactInputSchema.safeParse({ name: 'Ada', email: address }).success, address).toBe(true);
    }
  });

  it('is enforced by the channels that save an address, which then change nothing', async () => {
    expect(HOSTILE_TRIMMED.length).toBe(HOSTILE.length - 2);
    for (const address of HOSTILE_TRIMMED) {
      const created = (await app.call('contacts:create', { name: 'Eve', email: address })) as ApiResult<unknown>;
      expect(created, address).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      const settings = (await app.call('settings:update', { myEmail: address })) as ApiResult<unknown>;
      expect(settings, address).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect((app.db.prepare('SELECT count(*) AS n FROM contacts').get() as { n: number }).n).toBe(0);
  });

  it('keeps an imported person whose address breaks it, without the address, and says so', async () => {
    const rows = HEADER_INJECTION_ADDRESSES;
    const cell = (value: string) => `"${value.replace(/"/g, '""')}"`;
    const text = `Name,Email\n${rows.map((address, i) => `Person ${i},${cell(address)}`).join('\n')}\n`;
    const result = (await app.call('contacts:import', { format: 'csv', text })) as ApiResult<unknown>;
    expect(result).toMatchObject({ ok: true, value: { imported: rows.length, skipped: 0 } });
    const page = (await app.call('contacts:list', {})) as ApiResult<ContactPage>;
    if (!page.ok) throw new Error(page.error.message);
    for (const contact of page.value.items) {
      expect(contact.email).toBe('');
      expect(contact.notes).toMatch(/^Email: /);
    }
  });
});
