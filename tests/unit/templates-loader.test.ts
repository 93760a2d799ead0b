import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_TARGETS } from '../../core/drafts';
import { TEMPLATE_FILE_LIMIT_BYTES, loadTemplateLibrary, templatesDir } from '../../main/templates-loader';
import { makeTempDir } from '../helpers/temp-dir';

const MIXED = path.resolve('tests/fixtures/templates/mixed');
const CHANNELS = 'call, voicemail, email, linkedin, letter';

const cleanups: (() => void)[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

function writeFolder(files: Record<string, string | Buffer>): string {
  const temp = makeTempDir('someday-templates-');
  cleanups.push(temp.cleanup);
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(temp.dir, name), content);
  return temp.dir;
}

function frontMatter(lines: string[], body = 'Hi {{contact.firstName}}, from {{me.name}}.'): string {
  return ['---', ...lines, '---', body, ''].join('\n');
}

const LETTER = frontMatter(['channel: letter', 'title: A card']);

function problemsOf(dir: string): string[] {
  return loadTemplateLibrary(dir).problems.map((problem) => problem.message);
}

describe('loadTemplateLibrary on a folder of good and broken files', () => {
  const library = loadTemplateLibrary(MIXED);

  it('loads every good file, sorted by channel order and then title', () => {
    expect(library.templates.map((template) => template.id)).toStrictEqual([
      'builtin:good-call-early',
      'builtin:good-call',
      'builtin:good-email',
      'builtin:good-letter',
    ]);
    expect(library.templates.map((template) => template.title)).toStrictEqual([
      'Aardvark call',
      'Zebra call',
      'Apple email',
      'Card without a target',
    ]);
  });

  it('parses the front matter, the target and the body', () => {
    const email = library.templates.find((template) => template.id === 'builtin:good-email');
    expect(email).toStrictEqual({
      id: 'builtin:good-email',
      source: 'builtin',
      channel: 'email',
      title: 'Apple email',
      purpose: '',
      subject: 'Thank you, {{contact.firstName}}',
      body: 'Hi {{contact.firstName}},\n\nThank you for your time at {{company}}.\n\n{{me.name}}',
      target: { unit: 'words', min: 50, max: 125 },
    });
    const call = library.templates.find((template) => template.id === 'builtin:good-call');
    expect(call?.purpose).toBe('A call fixture.');
    expect(call?.target).toStrictEqual({ unit: 'seconds', min: 30, max: 90 });
  });

  it("uses the channel's usual target when a file gives none", () => {
    const letter = library.templates.find((template) => template.id === 'builtin:good-letter');
    expect(letter?.target).toStrictEqual(CHANNEL_TARGETS.letter);
  });

  it('skips the README, other file types and subfolders', () => {
    const files = [...library.templates.map((template) => template.id), ...library.problems.map((p) => p.file)];
    expect(files.join(' ')).not.toMatch(/README|readme|notes|inside-a-folder/);
  });

  it('names each broken file with a plain message', () => {
    expect(library.problems).toStrictEqual([
      {
        file: 'Bad_Name.md',
        message:
          'Bad_Name.md: the file name must be lower-case words joined by hyphens, ending in .md (like thank-you-email.md), at most 80 characters before .md',
      },
      {
        file: 'bad-target.md',
        message:
          'bad-target.md: "target" must be a range with a unit, like 50-125 words, 20-30 seconds or 80-300 characters (the smaller number first)',
      },
      { file: 'duplicate-key.md', message: 'duplicate-key.md: line 5: "title" is given twice' },
      { file: 'email-without-subject.md', message: 'email-without-subject.md: an email template needs a "subject"' },
      { file: 'empty-body.md', message: 'empty-body.md: the template text after the front matter is empty' },
      {
        file: 'missing-channel.md',
        message: `missing-channel.md: "channel" is missing; it must be one of ${CHANNELS}`,
      },
      { file: 'missing-title.md', message: 'missing-title.md: "title" is missing; give the template a short name' },
      {
        file: 'no-front-matter.md',
        message:
          'no-front-matter.md: the first line must be --- to start the front matter (channel, title, purpose, target)',
      },
      { file: 'not-a-key-line.md', message: 'not-a-key-line.md: line 4 should be written as key: value' },
      { file: 'subject-on-a-call.md', message: 'subject-on-a-call.md: "subject" is only for email templates' },
      {
        file: 'unclosed-front-matter.md',
        message: 'unclosed-front-matter.md: the front matter has no closing --- line',
      },
      { file: 'unknown-channel.md', message: `unknown-channel.md: "channel" must be one of ${CHANNELS}` },
      {
        file: 'unknown-key.md',
        message: 'unknown-key.md: line 5: "colour" is not a known key; use channel, title, purpose, target or subject',
      },
      {
        file: 'unknown-placeholder.md',
        message: 'unknown-placeholder.md: {{contact.firstname}} and {{me.address}} are not known placeholders',
      },
    ]);
  });
});

describe('loadTemplateLibrary on files written byte by byte', () => {
  it('reads a file that starts with a byte order mark', () => {
    const dir = writeFolder({ 'with-bom.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(LETTER)]) });
    const { templates, problems } = loadTemplateLibrary(dir);
    expect(problems).toStrictEqual([]);
    expect(templates[0]?.title).toBe('A card');
  });

  it('reads Windows and old Mac line endings, and keeps none of the carriage returns', () => {
    const body = 'Dear {{contact.firstName}},\n\nThank you.\n{{me.name}}';
    const text = frontMatter(['channel: letter', 'title: A card', 'target: 40-120 words'], body);
    const dir = writeFolder({ 'windows.md': text.replace(/\n/g, '\r\n'), 'old-mac.md': text.replace(/\n/g, '\r') });
    const { templates, problems } = loadTemplateLibrary(dir);
    expect(problems).toStrictEqual([]);
    expect(templates).toHaveLength(2);
    for (const template of templates) {
      expect(template.body).toBe(body);
      expect(template.title).toBe('A card');
      expect(template.target).toStrictEqual({ unit: 'words', min: 40, max: 120 });
    }
  });

  it('reports a file that is not UTF-8', () => {
    const latin1 = Buffer.from(
      frontMatter(['channel: letter', 'title: Café'], 'Merci {{contact.firstName}}'),
      'latin1',
    );
    const dir = writeFolder({ 'latin-1.md': latin1, 'fine.md': LETTER });
    const { templates, problems } = loadTemplateLibrary(dir);
    expect(problems).toStrictEqual([
      { file: 'latin-1.md', message: 'latin-1.md: the file is not UTF-8 text; save it again as UTF-8' },
    ]);
    expect(templates.map((template) => template.id)).toStrictEqual(['builtin:fine']);
  });

  it('reports a file over 64 KB and a body over the draft limit', () => {
    const huge = frontMatter(['channel: letter', 'title: Huge'], 'x'.repeat(TEMPLATE_FILE_LIMIT_BYTES));
    const long = frontMatter(['channel: letter', 'title: Long'], 'word '.repeat(4001));
    const dir = writeFolder({ 'huge.md': huge, 'long.md': long, 'fine.md': LETTER });
    const { templates, problems } = loadTemplateLibrary(dir);
    expect(problems).toStrictEqual([
      { file: 'huge.md', message: 'huge.md: the file is larger than 64 KB; a template should be short' },
      { file: 'long.md', message: 'long.md: the template text must be at most 20,000 characters' },
    ]);
    expect(templates).toHaveLength(1);
  });

  it('accepts targets in each unit and rejects malformed ones', () => {
    const target = (value: string) => frontMatter(['channel: letter', 'title: T', `target: ${value}`]);
    const dir = writeFolder({
      'words.md': target('40-120 words'),
      'seconds.md': target('20 to 30 Seconds'),
      'characters.md': target('80 – 300 characters'),
      'reversed.md': target('125-50 words'),
      'zero.md': target('0-0 words'),
      'no-unit.md': target('50-125'),
      'minutes.md': target('1-2 minutes'),
      'single.md': target('75 words'),
    });
    const { templates, problems } = loadTemplateLibrary(dir);
    expect(Object.fromEntries(templates.map((template) => [template.id, template.target]))).toStrictEqual({
      'builtin:characters': { unit: 'characters', min: 80, max: 300 },
      'builtin:seconds': { unit: 'seconds', min: 20, max: 30 },
      'builtin:words': { unit: 'words', min: 40, max: 120 },
    });
    expect(problems.map((problem) => problem.file).sort()).toStrictEqual([
      'minutes.md',
      'no-unit.md',
      'reversed.md',
      'single.md',
      'zero.md',
    ]);
    for (const problem of problems) expect(problem.message).toContain(`${problem.file}: "target" must be a range`);
  });

  it('lists every problem in a file at once', () => {
    const dir = writeFolder({ 'many.md': frontMatter(['channel: fax', 'colour: blue', 'colour: red'], '') });
    expect(problemsOf(dir)).toStrictEqual([
      'many.md: line 3: "colour" is not a known key; use channel, title, purpose, target or subject',
      'many.md: line 4: "colour" is not a known key; use channel, title, purpose, target or subject',
      `many.md: "channel" must be one of ${CHANNELS}`,
      'many.md: "title" is missing; give the template a short name',
      'many.md: the template text after the front matter is empty',
    ]);
  });

  it('reports a missing folder instead of throwing', () => {
    const missing = path.join(writeFolder({}), 'nowhere');
    const { templates, problems } = loadTemplateLibrary(missing);
    expect(templates).toStrictEqual([]);
    expect(problems).toStrictEqual([
      { file: missing, message: `The templates folder ${missing} could not be read (it does not exist)` },
    ]);
  });
});

describe('loadTemplateLibrary cache', () => {
  it('does not read the files again while nothing has changed', () => {
    const dir = writeFolder({ 'card.md': LETTER });
    const first = loadTemplateLibrary(dir);
    const readFile = vi.spyOn(fs, 'readFileSync');
    const second = loadTemplateLibrary(dir);
    expect(readFile).not.toHaveBeenCalled();
    expect(second).toStrictEqual(first);
  });

  it('hands out copies, so a caller cannot change what the next caller sees', () => {
    const dir = writeFolder({ 'card.md': LETTER });
    const first = loadTemplateLibrary(dir);
    first.templates[0]!.title = 'Changed';
    first.templates[0]!.target.max = 1;
    first.templates.pop();
    const second = loadTemplateLibrary(dir);
    expect(second.templates[0]?.title).toBe('A card');
    expect(second.templates[0]?.target).toStrictEqual(CHANNEL_TARGETS.letter);
  });

  it('reads again when a file changes, even to the same size', () => {
    const dir = writeFolder({ 'card.md': LETTER });
    expect(loadTemplateLibrary(dir).templates[0]?.title).toBe('A card');

    const file = path.join(dir, 'card.md');
    fs.writeFileSync(file, LETTER.replace('title: A card', 'title: B card'));
    const later = new Date(Date.now() + 5_000);
    fs.utimesSync(file, later, later);
    expect(loadTemplateLibrary(dir).templates[0]?.title).toBe('B card');

    fs.writeFileSync(file, LETTER.replace('title: A card', 'title: A much longer title'));
    expect(loadTemplateLibrary(dir).templates[0]?.title).toBe('A much longer title');
  });

  it('reads again when a file is added, broken or removed', () => {
    const dir = writeFolder({ 'card.md': LETTER });
    expect(loadTemplateLibrary(dir).templates).toHaveLength(1);

    fs.writeFileSync(path.join(dir, 'second.md'), LETTER.replace('A card', 'Another card'));
    expect(loadTemplateLibrary(dir).templates.map((template) => template.title)).toStrictEqual([
      'A card',
      'Another card',
    ]);

    fs.writeFileSync(path.join(dir, 'second.md'), LETTER.replace('channel: letter', 'channel: fax'));
    expect(problemsOf(dir)).toStrictEqual([`second.md: "channel" must be one of ${CHANNELS}`]);

    fs.rmSync(path.join(dir, 'second.md'));
    const { templates, problems } = loadTemplateLibrary(dir);
    expect(templates).toHaveLength(1);
    expect(problems).toStrictEqual([]);
  });
});

describe('templatesDir', () => {
  it('uses the resources folder when packaged and the app folder otherwise', () => {
    const root = path.join(path.sep, 'apps', 'someday');
    const resources = path.join(path.sep, 'opt', 'Someday', 'resources');
    expect(templatesDir(root, resources, true)).toBe(path.join(resources, 'templates'));
    expect(templatesDir(root, resources, false)).toBe(path.join(root, 'templates'));
    expect(templatesDir(root)).toBe(path.join(root, 'templates'));
  });
});
