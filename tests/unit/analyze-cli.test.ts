import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../core/coach/analyze';
import { makeTempDir } from '../helpers/temp-dir';

/**
 * Runs the compiled command line (`npm run analyze`) as a child process, the way a person would. It
 * needs the Node build: `npm test` builds first; on its own, run `npx tsc -p tsconfig.node.json`.
 * SOMEDAY_ANALYZE_CLI may point at another build of main/cli/analyze.js.
 */

const CLI = path.resolve(
  process.env.SOMEDAY_ANALYZE_CLI ?? path.join(__dirname, '../../dist/node/main/cli/analyze.js'),
);
const temp = makeTempDir('someday-analyze-');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: temp.dir, timeout: 15_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function write(name: string, content: string | Buffer): string {
  const file = path.join(temp.dir, name);
  fs.writeFileSync(file, content);
  return file;
}

const DRAFT = [
  'Subject: Thank you, Priya',
  '',
  'Hi Priya,',
  '',
  'Thank you for calling me on Monday to share the news yourself.',
  '',
  'I still think Larkspur is the place I would most like to work. Please, I really need this job.',
  '',
  'Best,',
  '{{me.name}}',
].join('\n');

let draft: string;

beforeAll(() => {
  if (!fs.existsSync(CLI)) {
    throw new Error(`The command line is not built (${CLI} is missing). Run: npx tsc -p tsconfig.node.json`);
  }
  draft = write('draft.txt', DRAFT);
});

afterAll(() => temp.cleanup());

describe('npm run analyze', () => {
  it('prints the findings in plain words', () => {
    const { code, stdout, stderr } = run(draft);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('✓ Gratitude: "Thank you for calling me on Monday to share the news yourself."');
    expect(stdout).toContain('✓ Sincerity: "I still think Larkspur is the place I would most like to work."');
    expect(stdout).toMatch(/✗ Staying connected: The ask is missing/);
    expect(stdout).toContain('! Pleading (line 5): "I really need this job"');
    expect(stdout).toContain('steadiness persuades more than urgency');
    expect(stdout).toMatch(/\d+ words, \d+ characters; about \d+ s to say at 150 words a minute/);
    expect(stdout).toContain('"Thank you, Priya": 3 words');
    expect(stdout).toContain('{{me.name}} (line 8): fill in your name');
  });

  it('prints one JSON object with --json', () => {
    const { code, stdout } = run('--json', draft);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const report = JSON.parse(stdout) as Record<string, unknown>;
    expect(report).toMatchObject({
      channel: 'email',
      gratitude: true,
      sincerity: true,
      connection: false,
      toneFlags: [expect.objectContaining({ kind: 'pleading', text: 'I really need this job' })],
      subject: expect.objectContaining({ text: 'Thank you, Priya', verdict: 'ok' }),
    });
    expect(Number.isInteger(report.words)).toBe(true);
    expect(report.speakingSeconds).toBeCloseTo(((report.words as number) / 150) * 60, 1);
  });

  it('takes the channel, the pace and the contact from options', () => {
    const voicemail = JSON.parse(run('--json', '--channel', 'voicemail', '--wpm', '100', draft).stdout);
    expect(voicemail).toMatchObject({ channel: 'voicemail', wordsPerMinute: 100, subject: null });
    expect(voicemail.length).toMatchObject({ unit: 'seconds', min: 20, max: 30 });
    expect(voicemail.speakingSeconds).toBeCloseTo((voicemail.words / 100) * 60, 1);
    const personal = JSON.parse(
      run('--json', '--name', 'Priya Shah', '--company', 'Larkspur', '--highlight', 'the studio tour', draft).stdout,
    );
    expect(personal.personalisation).toMatchObject({ name: true, company: true, detail: false });
  });

  it('reads a file without a subject line, and leaves the subject to --subject', () => {
    const file = write('plain.txt', 'Thank you for the call.\n');
    expect(JSON.parse(run('--json', file).stdout).subject).toMatchObject({ verdict: 'missing' });
    expect(JSON.parse(run('--json', '--subject', 'Thanks for the call', file).stdout).subject).toMatchObject({
      verdict: 'ok',
    });
  });

  it("takes the channel and the subject from a template's front matter, unless an option says otherwise", () => {
    const template = write(
      'template.md',
      '---\nchannel: voicemail\ntitle: A voicemail\n---\nHi, it is Tom. Thank you for the call. My number is 555-201-3344.\n',
    );
    const fromFile = JSON.parse(run('--json', template).stdout);
    expect(fromFile).toMatchObject({ channel: 'voicemail', gratitude: true });
    expect(fromFile.parts.gratitude.evidence.start).toBe('Hi, it is Tom. '.length);
    expect(JSON.parse(run('--json', '--channel', 'letter', template).stdout).channel).toBe('letter');
    const email = write('email.md', '---\nchannel: email\nsubject: Thank you, Sam\n---\nThank you.\n');
    expect(JSON.parse(run('--json', email).stdout).subject).toMatchObject({ text: 'Thank you, Sam', verdict: 'ok' });
    const wrong = write('wrong.md', '---\nchannel: fax\n---\nHello.\n');
    expect(run(wrong)).toMatchObject({ code: 2, stderr: expect.stringMatching(/channel in the front matter/) });
  });

  it('prints its usage with --help', () => {
    const { code, stdout } = run('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: npm run analyze');
  });

  it.each([
    ['a missing file', () => [path.join(temp.dir, 'nope.txt')], /No such file/],
    ['a folder', () => [temp.dir], /is a folder/],
    ['a binary file', () => [write('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))], /binary/],
    ['a file that is not UTF-8', () => [write('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9]))], /not UTF-8/],
    ['an unknown option', () => ['--colour', draft], /Unknown option/],
    ['an unknown channel', () => ['--channel', 'fax', draft], /--channel must be one of/],
    ['a pace that makes no sense', () => ['--wpm', 'fast', draft], /--wpm must be a number/],
    ['no file', () => [], /Give one file/],
    ['two files', () => [draft, draft], /Give only one file/],
  ])('exits with 2 and says why for %s', (_, args, message) => {
    const { code, stdout, stderr } = run(...args());
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).toContain('Usage: npm run analyze');
  });

  const unreadable =
    process.getuid?.() !== 0
      ? () => {
          const file = write('secret.txt', 'Thank you.');
          fs.chmodSync(file, 0o000);
          return file;
        }
      : process.platform === 'linux'
        ? () => '/proc/self/mem'
        : null;

  it.skipIf(unreadable === null)('exits with 2 for a file it cannot read', () => {
    const { code, stderr } = run(unreadable!());
    expect(code).toBe(2);
    expect(stderr).toMatch(/Cannot read/);
  });
});

describe('npm run analyze and the editor', () => {
  it('give the same verdict, flag for flag, on messages written by someone else', () => {
    const held = JSON.parse(fs.readFileSync(path.join(__dirname, '../coach-corpus/holdout-4.json'), 'utf8')) as {
      id: string;
      channel: 'email' | 'call' | 'voicemail' | 'linkedin' | 'letter';
      body: string;
      labels: { tone: string[] };
    }[];
    // A message with a tone problem from each of three channels, and a good one.
    const sample = [
      ...(['email', 'linkedin', 'voicemail'] as const).map((channel) =>
        held.find((m) => m.channel === channel && m.labels.tone.length > 1)!,
      ),
      held.find((m) => m.labels.tone.length === 0)!,
    ];
    let flags = 0;
    for (const message of sample) {
      const file = write(`${message.id}.txt`, message.body);
      const { code, stdout } = run('--json', '--channel', message.channel, file);
      expect(code, message.id).toBe(0);
      const cli = JSON.parse(stdout) as Record<string, unknown> & { toneFlags: { kind: string; start: number }[] };
      const editor = analyzeDraft({
        channel: message.channel,
        subject: '',
        body: message.body,
        contact: null,
        wordsPerMinute: 150,
      });
      for (const part of ['gratitude', 'sincerity', 'connection'] as const) {
        expect(cli[part], `${message.id} ${part}`).toBe(editor.parts[part].found);
      }
      expect(
        cli.toneFlags.map((flag) => `${flag.kind}@${flag.start}`),
        message.id,
      ).toEqual(editor.toneFlags.map((flag) => `${flag.kind}@${flag.start}`));
      flags += editor.toneFlags.length;
    }
    expect(flags).toBeGreaterThan(0);
  }, 60_000);
});
