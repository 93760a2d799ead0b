/**
 * Reads the built-in message templates from text files at run time, so wording can change without a
 * code change and a packaged app reads them from resources/templates. The files are data, not code: a
 * small strict front-matter parser (plain `key: value` lines) and no eval. One broken file never hides
 * the others; it becomes a problem that names the file in plain words, and the rest still load.
 * Results are cached per folder and checked against the files' sizes and modification times, because
 * templates:list is called every time the editor opens.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DRAFT_CHANNELS, DRAFT_LIMITS, type DraftChannel, type LengthTarget } from '../core/drafts';
import { PLACEHOLDERS, findPlaceholders } from '../core/placeholders';
import {
  TEMPLATE_LIMITS,
  defaultTarget,
  type MessageTemplate,
  type TemplateLibrary,
  type TemplateProblem,
} from '../core/templates';

export const TEMPLATE_FILE_LIMIT_BYTES = 64 * 1024;

const FRONT_MATTER_KEYS = ['channel', 'title', 'purpose', 'target', 'subject'] as const;
type FrontMatterKey = (typeof FRONT_MATTER_KEYS)[number];

const FILE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 80;
const KEY_LINE = /^([A-Za-z][A-Za-z0-9_-]*)\s*:(.*)$/;
const TARGET = /^(\d{1,5})\s*(?:-|–|to)\s*(\d{1,5})\s+(words|seconds|characters)$/i;
const TARGET_UNITS: readonly LengthTarget['unit'][] = ['words', 'seconds', 'characters'];

interface CachedLibrary {
  signature: string;
  library: TemplateLibrary;
}

const cache = new Map<string, CachedLibrary>();

export function templatesDir(appRoot: string, resourcesPath?: string, packaged = false): string {
  return packaged && resourcesPath ? path.join(resourcesPath, 'templates') : path.join(appRoot, 'templates');
}

export function loadTemplateLibrary(dir: string): TemplateLibrary {
  const folder = path.resolve(dir);
  let files: TemplateFile[];
  try {
    files = listTemplateFiles(folder);
  } catch (error) {
    cache.delete(folder);
    return {
      templates: [],
      problems: [{ file: folder, message: `The templates folder ${folder} could not be read (${reasonOf(error)})` }],
    };
  }
  const signature = files.map((file) => `${file.name}\0${file.size}\0${file.mtimeNs}\0${file.ctimeNs}`).join('\n');
  const cached = cache.get(folder);
  if (cached && cached.signature === signature) return copyLibrary(cached.library);

  const templates: MessageTemplate[] = [];
  const problems: TemplateProblem[] = [];
  for (const file of files) {
    const result = readTemplateFile(folder, file);
    if ('template' in result) templates.push(result.template);
    else problems.push(...result.problems.map((message) => ({ file: file.name, message: `${file.name}: ${message}` })));
  }
  templates.sort(compareTemplates);
  const library = { templates, problems };
  cache.set(folder, { signature, library });
  return copyLibrary(library);
}

interface TemplateFile {
  name: string;
  size: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
}

function listTemplateFiles(folder: string): TemplateFile[] {
  const files: TemplateFile[] = [];
  for (const name of fs.readdirSync(folder).sort()) {
    if (!name.toLowerCase().endsWith('.md') || name.toLowerCase() === 'readme.md') continue;
    let stats: fs.BigIntStats;
    try {
      stats = fs.statSync(path.join(folder, name), { bigint: true });
    } catch {
      continue;
    }
    if (!stats.isFile()) continue;
    files.push({ name, size: stats.size, mtimeNs: stats.mtimeNs, ctimeNs: stats.ctimeNs });
  }
  return files;
}

type FileResult = { template: MessageTemplate } | { problems: string[] };

function readTemplateFile(folder: string, file: TemplateFile): FileResult {
  const id = file.name.slice(0, -'.md'.length);
  if (!file.name.endsWith('.md') || !FILE_ID.test(id) || id.length > MAX_ID_LENGTH) {
    return {
      problems: [
        `the file name must be lower-case words joined by hyphens, ending in .md (like thank-you-email.md), at most ${MAX_ID_LENGTH} characters before .md`,
      ],
    };
  }
  if (file.size > TEMPLATE_FILE_LIMIT_BYTES) {
    return { problems: [`the file is larger than ${TEMPLATE_FILE_LIMIT_BYTES / 1024} KB; a template should be short`] };
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path.join(folder, file.name));
  } catch (error) {
    return { problems: [`the file could not be read (${reasonOf(error)})`] };
  }
  if (bytes.length > TEMPLATE_FILE_LIMIT_BYTES) {
    return { problems: [`the file is larger than ${TEMPLATE_FILE_LIMIT_BYTES / 1024} KB; a template should be short`] };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problems: ['the file is not UTF-8 text; save it again as UTF-8'] };
  }
  return parseTemplate(id, text.replace(/\r\n?/g, '\n'));
}

function parseTemplate(id: string, text: string): FileResult {
  const lines = text.split('\n');
  if (lines[0]?.trimEnd() !== '---') {
    return { problems: ['the first line must be --- to start the front matter (channel, title, purpose, target)'] };
  }
  const closing = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
  if (closing < 0) return { problems: ['the front matter has no closing --- line'] };

  const problems: string[] = [];
  const fields = new Map<FrontMatterKey, string>();
  for (let index = 1; index < closing; index++) {
    const line = lines[index]!;
    const where = `line ${index + 1}`;
    if (line.trim() === '') continue;
    const match = KEY_LINE.exec(line);
    if (!match) {
      problems.push(`${where} should be written as key: value`);
      continue;
    }
    const key = match[1]!;
    if (!isFrontMatterKey(key)) {
      problems.push(`${where}: "${key}" is not a known key; use ${listWords(FRONT_MATTER_KEYS, 'or')}`);
      continue;
    }
    if (fields.has(key)) {
      problems.push(`${where}: "${key}" is given twice`);
      continue;
    }
    fields.set(key, match[2]!.trim());
  }

  const channelText = fields.get('channel');
  const channel = DRAFT_CHANNELS.find((name) => name === channelText);
  if (!channelText) problems.push(`"channel" is missing; it must be one of ${DRAFT_CHANNELS.join(', ')}`);
  else if (!channel) problems.push(`"channel" must be one of ${DRAFT_CHANNELS.join(', ')}`);

  const title = fields.get('title') ?? '';
  if (!title) problems.push('"title" is missing; give the template a short name');
  else if (title.length > TEMPLATE_LIMITS.title) {
    problems.push(`"title" must be at most ${TEMPLATE_LIMITS.title} characters`);
  }

  const purpose = fields.get('purpose') ?? '';
  if (purpose.length > TEMPLATE_LIMITS.purpose) {
    problems.push(`"purpose" must be at most ${TEMPLATE_LIMITS.purpose} characters`);
  }

  const subject = fields.get('subject') ?? '';
  if (fields.has('subject') && channel && channel !== 'email') {
    problems.push('"subject" is only for email templates');
  } else if (channel === 'email' && !subject) {
    problems.push('an email template needs a "subject"');
  } else if (subject.length > DRAFT_LIMITS.subject) {
    problems.push(`"subject" must be at most ${DRAFT_LIMITS.subject} characters`);
  }

  const targetText = fields.get('target');
  const target = targetText === undefined ? null : parseTarget(targetText);
  if (targetText !== undefined && !target) {
    problems.push(
      `"target" must be a range with a unit, like 50-125 words, 20-30 seconds or 80-300 characters (the smaller number first)`,
    );
  }

  const body = lines
    .slice(closing + 1)
    .join('\n')
    .replace(/^\s*\n/, '')
    .trimEnd();
  if (!body) problems.push('the template text after the front matter is empty');
  else if (body.length > DRAFT_LIMITS.body) {
    problems.push(`the template text must be at most ${DRAFT_LIMITS.body.toLocaleString('en')} characters`);
  }

  const unknown = [...new Set([...findPlaceholders(subject), ...findPlaceholders(body)].map((found) => found.name))]
    .filter((name) => !(name in PLACEHOLDERS))
    .map((name) => `{{${name}}}`);
  if (unknown.length > 0) {
    problems.push(
      `${listWords(unknown, 'and')} ${unknown.length === 1 ? 'is not a known placeholder' : 'are not known placeholders'}`,
    );
  }

  if (problems.length > 0 || !channel) return { problems };
  return {
    template: {
      id: `builtin:${id}`,
      source: 'builtin',
      channel,
      title,
      purpose,
      subject,
      body,
      target: target ?? defaultTarget(channel),
    },
  };
}

function parseTarget(text: string): LengthTarget | null {
  const match = TARGET.exec(text.trim());
  if (!match) return null;
  const min = Number(match[1]);
  const max = Number(match[2]);
  const unit = TARGET_UNITS.find((name) => name === match[3]!.toLowerCase());
  if (!unit || max === 0 || min > max) return null;
  return { unit, min, max };
}

function isFrontMatterKey(key: string): key is FrontMatterKey {
  return (FRONT_MATTER_KEYS as readonly string[]).includes(key);
}

function compareTemplates(a: MessageTemplate, b: MessageTemplate): number {
  return (
    channelRank(a.channel) - channelRank(b.channel) ||
    a.title.localeCompare(b.title, 'en') ||
    a.id.localeCompare(b.id, 'en')
  );
}

function channelRank(channel: DraftChannel): number {
  return DRAFT_CHANNELS.indexOf(channel);
}

function listWords(items: readonly string[], last: 'and' | 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'it does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'it is not a folder';
  return code ?? 'unknown error';
}

function copyLibrary(library: TemplateLibrary): TemplateLibrary {
  return {
    templates: library.templates.map((template) => ({ ...template, target: { ...template.target } })),
    problems: library.problems.map((problem) => ({ ...problem })),
  };
}
