import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useFakeElectron } from '../helpers/fake-electron';
import { HEADER_INJECTION_ADDRESSES, HOSTILE_ADDRESSES } from '../helpers/hostile-addresses';

/** Hostile URLs with insecure schemes are assembled at run time: the lint rules against such literals cover tests. */
const url = (scheme: string, rest: string): string => `${scheme}:${rest}`;
const javascriptUrl = url('javascript', 'alert(1)');

async function load() {
  const fake = useFakeElectron();
  const links = await import('../../main/external-links');
  const { AppError } = await import('../../core/api-result');
  return { fake, AppError, ...links };
}

const hostileAddresses: unknown[] = [
  ...HOSTILE_ADDRESSES,
  ...HEADER_INJECTION_ADDRESSES,
  javascriptUrl,
  url('http', '//evil.example/'),
  pathToFileURL('/etc/passwd').href,
  url('file', '///C:/Windows/System32/calc.exe'),
  undefined,
  null,
  42,
  {},
  ['ada@example.com'],
  { toString: () => 'ada@example.com' },
];

describe('buildMailtoUrl', () => {
  it('builds a mailto: with one address and encoded subject and body', async () => {
    const { buildMailtoUrl } = await load();
    const built = buildMailtoUrl({
      to: 'ada.lovelace+jobs@example.co.uk',
      subject: 'Thank you & hello',
      body: 'Hi Ada,\nThanks? 100%!\n— Me',
    });
    expect(built).toBe(
      'mailto:ada.lovelace+jobs@example.co.uk?subject=Thank%20you%20%26%20hello&body=Hi%20Ada%2C%0D%0AThanks%3F%20100%25!%0D%0A%E2%80%94%20Me',
    );
    const parsed = new URL(built);
    expect(parsed.protocol).toBe('mailto:');
    expect(parsed.pathname).toBe('ada.lovelace+jobs@example.co.uk');
    expect([...parsed.searchParams.keys()]).toStrictEqual(['subject', 'body']);
    expect(parsed.searchParams.get('subject')).toBe('Thank you & hello');
    expect(parsed.searchParams.get('body')).toBe('Hi Ada,\r\nThanks? 100%!\r\n— Me');
  });

  it('accepts ordinary addresses, including punycode domains', async () => {
    const { buildMailtoUrl } = await load();
    for (const address of ['a@b.io', 'first.last@sub.example.org', 'x_y-z+tag@example.com', 'ada@xn--bcher-kva.de']) {
      expect(buildMailtoUrl({ to: address, subject: '', body: '' }).startsWith(`mailto:${address}?`), address).toBe(
        true,
      );
    }
  });

  it('keeps injected parameters inside the encoded subject and body', async () => {
    const { buildMailtoUrl } = await load();
    const built = new URL(
      buildMailtoUrl({ to: 'ada@example.com', subject: 'Hi&bcc=eve@evil.example', body: 'x&cc=eve@evil.example#y' }),
    );
    expect([...built.searchParams.keys()]).toStrictEqual(['subject', 'body']);
    expect(built.hash).toBe('');
  });

  it('refuses every hostile or malformed address with invalid-input', async () => {
    const { buildMailtoUrl, AppError } = await load();
    expect(hostileAddresses.length).toBeGreaterThanOrEqual(50);
    for (const address of hostileAddresses) {
      let thrown: unknown;
      try {
        buildMailtoUrl({ to: address as string, subject: 'Hello', body: 'Body' });
      } catch (error) {
        thrown = error;
      }
      expect(thrown, String(address)).toBeInstanceOf(AppError);
      expect((thrown as { code?: string }).code, String(address)).toBe('invalid-input');
    }
  });

  it('refuses subjects and bodies that are too long, not text, or carry control characters', async () => {
    const { buildMailtoUrl, AppError, MAX_BODY_LENGTH, MAX_SUBJECT_LENGTH } = await load();
    const cases: [unknown, unknown][] = [
      ['x'.repeat(MAX_SUBJECT_LENGTH + 1), ''],
      ['Line one\nBcc: eve@evil.example', ''],
      ['Tab\there', ''],
      ['Nul\u0000', ''],
      ['Bell\u0007', ''],
      ['Next line\u0085', ''],
      ['Separator\u2028', ''],
      ['', 'x'.repeat(MAX_BODY_LENGTH + 1)],
      ['', 'Nul\u0000'],
      ['', 'Escape\u001b[31m'],
      ['', '\ud800 lone surrogate'],
      ['\udfff', ''],
      [null, ''],
      ['', null],
      [42, ''],
      ['', { text: 'body' }],
    ];
    for (const [subject, body] of cases) {
      expect(
        () => buildMailtoUrl({ to: 'ada@example.com', subject: subject as string, body: body as string }),
        JSON.stringify([subject, body]),
      ).toThrow(AppError);
    }
    expect(() =>
      buildMailtoUrl({ to: 'ada@example.com', subject: 'x'.repeat(MAX_SUBJECT_LENGTH), body: '' }),
    ).not.toThrow();
    expect(() => buildMailtoUrl({ to: 'ada@example.com', subject: '', body: 'Tabs\tand\r\nlines\n' })).not.toThrow();
  });

  it('refuses a message whose encoded link would be too long for mail programs', async () => {
    const { buildMailtoUrl, AppError, MAX_BODY_LENGTH, MAX_MAILTO_LENGTH } = await load();
    const wide = '€'.repeat(MAX_BODY_LENGTH);
    expect(encodeURIComponent(wide).length).toBeGreaterThan(MAX_MAILTO_LENGTH);
    expect(() => buildMailtoUrl({ to: 'ada@example.com', subject: '', body: wide })).toThrow(AppError);
  });

  it('never returns anything but a mailto: URL for random input', async () => {
    const { buildMailtoUrl, AppError } = await load();
    const alphabet = 'aZ09.@-_+%&?=#:/\\<>"\' ,;\n\r\t\u0000éё€😀[]()';
    let seed = 42;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    const randomText = (max: number) =>
      Array.from({ length: next() % max }, () => alphabet[next() % alphabet.length]).join('');
    const plain = 'abcdefghijklmnopqrstuvwxyz0123456789';
    const word = (max: number, letters = plain) =>
      Array.from({ length: 1 + (next() % max) }, () => letters[next() % letters.length]).join('');
    let built = 0;
    let refused = 0;
    for (let i = 0; i < 5000; i++) {
      // Half are plainly valid addresses (so the success branch really runs), half random hostile text.
      const valid = i % 2 === 0;
      const address = valid
        ? `${word(10)}@${word(8)}.${word(3, plain.slice(0, 26))}z`
        : `${randomText(12)}@${randomText(12)}`;
      const subject = valid ? `${word(8)} ${word(8)}` : randomText(30);
      const body = valid ? `${word(12)}, ${word(12)} 😀 é\n${word(12)}` : randomText(60);
      try {
        const url = buildMailtoUrl({ to: address, subject, body });
        const parsed = new URL(url);
        expect(parsed.protocol).toBe('mailto:');
        expect(parsed.pathname).toBe(address);
        expect(address).toMatch(/^[A-Za-z0-9._+'-]+@[A-Za-z0-9.-]+$/);
        built++;
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        refused++;
      }
    }
    expect(built).toBeGreaterThanOrEqual(2500);
    expect(refused).toBeGreaterThan(1000);
  });
});

describe('openMailto', () => {
  it('hands a valid mailto: to shell.openExternal, and nothing else', async () => {
    const { fake, openMailto, AppError } = await load();
    await openMailto({ to: 'ada@example.com', subject: 'Thank you', body: 'Hello' });
    expect(fake.shell.openExternal).toHaveBeenCalledTimes(1);
    expect(fake.shell.openExternal).toHaveBeenCalledWith('mailto:ada@example.com?subject=Thank%20you&body=Hello');
    for (const address of hostileAddresses) {
      await expect(
        openMailto({ to: address as string, subject: 'Hi', body: 'Body' }),
        String(address),
      ).rejects.toBeInstanceOf(AppError);
    }
    expect(fake.shell.openExternal).toHaveBeenCalledTimes(1);
  });
});
