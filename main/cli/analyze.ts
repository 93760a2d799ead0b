/**
 * `npm run analyze -- [options] FILE`: runs the coach on a draft saved as a text file and prints what it
 * found in plain words, or one JSON object with --json. Plain Node, no Electron. The channel is what
 * --channel says, else what a template's front matter says (`channel: voicemail`), else email; nothing
 * is guessed from the wording. An email may start with a "Subject: …" line. Exit codes: 0 when the
 * draft was analysed (whatever the findings), 2 for a usage or file problem (missing, a folder,
 * unreadable, binary, not UTF-8, too large).
 */
import fs from 'node:fs';
import { analyzeDraft } from '../../core/coach/analyze';
import { DEFAULT_WORDS_PER_MINUTE } from '../../core/coach/length';
import { ROADMAP_PARTS } from '../../core/coach/types';
import type { CoachInput, CoachReport, RoadmapPart, ToneKind } from '../../core/coach/types';
import { DRAFT_CHANNELS } from '../../core/drafts';
import type { DraftChannel } from '../../core/drafts';
import { describePlaceholder } from '../../core/placeholders';
import { parseCommandLine, startCommand, UsageError } from './usage-error';

const USAGE =
  'Usage: npm run analyze -- [--json] [--channel call|voicemail|email|linkedin|letter] [--wpm N] ' +
  '[--subject TEXT] [--name NAME] [--company NAME] [--highlight TEXT] FILE';
const MAX_FILE_BYTES = 1024 * 1024;
const WPM_RANGE = { min: 60, max: 300 } as const;
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*\r?\n/;
const SUBJECT_LINE = /^subject:[ \t]*(.*)\r?\n(?:[ \t]*\r?\n)?/i;
const PART_TITLES: Record<RoadmapPart, string> = {
  gratitude: 'Gratitude',
  sincerity: 'Sincerity',
  connection: 'Staying connected',
};
const TONE_TITLES: Record<ToneKind, string> = {
  bitterness: 'Bitterness',
  sarcasm: 'Sarcasm',
  pleading: 'Pleading',
  reconsider: 'Asking them to reverse the decision',
  'over-apology': 'Apologising too much',
  'self-deprecation': 'Running yourself down',
  hedging: 'Hedging',
  blame: 'Blaming them',
  contempt: 'Contempt',
  'passive-aggression': 'Passive aggression',
  'guilt-tripping': 'Guilt-tripping',
  oversharing: 'Oversharing',
};

interface Options {
  file: string;
  json: boolean;
  channel: DraftChannel | null;
  subject: string | null;
  wordsPerMinute: number;
  contact: CoachInput['contact'];
}

interface Draft {
  channel: DraftChannel;
  subject: string;
  body: string;
}

function readChannel(value: string, source: string): DraftChannel {
  if (!DRAFT_CHANNELS.includes(value as DraftChannel)) {
    throw new UsageError(`${source} must be one of ${DRAFT_CHANNELS.join(', ')}, not "${value}".`);
  }
  return value as DraftChannel;
}

function parseOptions(argv: string[]): Options | 'help' {
  const { values, positionals } = parseCommandLine(argv, {
    json: { type: 'boolean', default: false },
    channel: { type: 'string' },
    wpm: { type: 'string' },
    subject: { type: 'string' },
    name: { type: 'string' },
    company: { type: 'string' },
    highlight: { type: 'string' },
  });
  if (values.help) return 'help';
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length === 0 ? 'Give one file to analyse.' : 'Give only one file.');
  }
  const wordsPerMinute = values.wpm === undefined ? DEFAULT_WORDS_PER_MINUTE : Number(values.wpm);
  if (!Number.isFinite(wordsPerMinute) || wordsPerMinute < WPM_RANGE.min || wordsPerMinute > WPM_RANGE.max) {
    throw new UsageError(`--wpm must be a number from ${WPM_RANGE.min} to ${WPM_RANGE.max}, not "${values.wpm}".`);
  }
  const hasContact = values.name !== undefined || values.company !== undefined || values.highlight !== undefined;
  return {
    file: positionals[0]!,
    json: values.json,
    channel: values.channel === undefined ? null : readChannel(values.channel, '--channel'),
    subject: values.subject ?? null,
    wordsPerMinute,
    contact: hasContact
      ? { name: values.name ?? '', company: values.company ?? '', highlight: values.highlight ?? '' }
      : null,
  };
}

function readDraftFile(file: string): string {
  let stats: fs.Stats;
  try {
    stats = fs.statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT' ? `No such file: ${file}` : `Cannot open ${file}: ${(error as Error).message}`,
    );
  }
  if (stats.isDirectory()) throw new UsageError(`${file} is a folder; give a text file.`);
  if (!stats.isFile()) throw new UsageError(`${file} is not a regular file.`);
  if (stats.size > MAX_FILE_BYTES) throw new UsageError(`${file} is larger than 1 MB; a follow-up is much shorter.`);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new UsageError(`Cannot read ${file}: ${(error as Error).message}`);
  }
  if (bytes.includes(0)) throw new UsageError(`${file} looks like a binary file, not text.`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${file} is not UTF-8 text.`);
  }
}

/** Applies a template's front matter and an email's "Subject:" line; options win over both. */
function readDraft(text: string, options: Options): Draft {
  const front = FRONT_MATTER.exec(text);
  const meta = new Map<string, string>();
  for (const line of front?.[1]?.split(/\r?\n/) ?? []) {
    const colon = line.indexOf(':');
    if (colon > 0) meta.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const fromFile = meta.get('channel');
  const channel = options.channel ?? (fromFile ? readChannel(fromFile, 'The channel in the front matter') : 'email');
  let body = front ? text.slice(front[0].length) : text;
  let subject = meta.get('subject') ?? '';
  const subjectLine = channel === 'email' && !meta.has('subject') ? SUBJECT_LINE.exec(body) : null;
  if (subjectLine) {
    subject = subjectLine[1]!.trim();
    body = body.slice(subjectLine[0].length);
  }
  return { channel, subject: options.subject ?? subject, body };
}

function findLine(body: string, offset: number): number {
  let line = 1;
  for (let i = body.indexOf('\n'); i !== -1 && i < offset; i = body.indexOf('\n', i + 1)) line += 1;
  return line;
}

function formatSeconds(seconds: number): string {
  return seconds < 60 ? `${Math.round(seconds)} s` : `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

function formatReport(file: string, draft: Draft, wordsPerMinute: number, report: CoachReport): string {
  const { body, subject } = draft;
  const lines: string[] = [`Coach report for ${file} (${draft.channel})`, '', 'The three parts'];
  for (const part of ROADMAP_PARTS) {
    const finding = report.parts[part];
    lines.push(
      finding.evidence
        ? `  ✓ ${PART_TITLES[part]}: "${finding.evidence.text}"`
        : `  ✗ ${PART_TITLES[part]}: ${finding.advice}`,
    );
  }
  lines.push('', 'Tone');
  if (report.toneFlags.length === 0) lines.push('  Nothing to flag: no blame, pleading, sarcasm or hedging found.');
  for (const flag of report.toneFlags) {
    lines.push(`  ! ${TONE_TITLES[flag.kind]} (line ${findLine(body, flag.start)}): "${flag.text}"`);
    lines.push(`    ${flag.suggestion}`);
  }
  const { length } = report;
  lines.push('', 'Length', `  ${length.message}`);
  lines.push(
    `  ${length.words} words, ${length.characters} characters; ` +
      `about ${formatSeconds(length.speakingSeconds)} to say at ${wordsPerMinute} words a minute.`,
  );
  if (report.subject) lines.push('', 'Subject', `  ${subject ? `"${subject}": ` : ''}${report.subject.message}`);
  if (report.personalisation) lines.push('', 'Personal touch', `  ${report.personalisation.message}`);
  lines.push('', 'Placeholders');
  if (report.placeholders.length === 0) lines.push('  None left to fill in.');
  for (const placeholder of report.placeholders) {
    const line = findLine(body, placeholder.start);
    lines.push(`  ${placeholder.text} (line ${line}): fill in ${describePlaceholder(placeholder.name)}`);
  }
  return lines.join('\n');
}

function buildJson(file: string, draft: Draft, wordsPerMinute: number, report: CoachReport): object {
  const { length } = report;
  return {
    file,
    channel: draft.channel,
    wordsPerMinute,
    gratitude: report.parts.gratitude.found,
    sincerity: report.parts.sincerity.found,
    connection: report.parts.connection.found,
    parts: report.parts,
    toneFlags: report.toneFlags.map(({ kind, text, start, end, suggestion }) => ({
      kind,
      text,
      start,
      end,
      suggestion,
    })),
    words: length.words,
    characters: length.characters,
    speakingSeconds: length.speakingSeconds,
    length: { value: length.value, ...length.target, verdict: length.verdict, message: length.message },
    subject: report.subject ? { text: draft.subject, ...report.subject } : null,
    personalisation: report.personalisation,
    placeholders: report.placeholders.map((p) => ({ ...p, description: describePlaceholder(p.name) })),
  };
}

function main(argv: string[]): number {
  const start = startCommand('analyze', USAGE, () => {
    const options = parseOptions(argv);
    return options === 'help' ? options : { options, draft: readDraft(readDraftFile(options.file), options) };
  });
  if ('exit' in start) return start.exit;
  const { options, draft } = start.run;
  const report = analyzeDraft({ ...draft, contact: options.contact, wordsPerMinute: options.wordsPerMinute });
  console.log(
    options.json
      ? JSON.stringify(buildJson(options.file, draft, options.wordsPerMinute, report))
      : formatReport(options.file, draft, options.wordsPerMinute, report),
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
