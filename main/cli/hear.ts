/**
 * `npm run hear -- [--json] [--script FILE] FILE.wav`: the rehearsal's own recogniser on a WAV file,
 * outside the window. Prints the parts heard, the heard text (an estimate: the recogniser spots
 * phrases, it does not take dictation), talk time (first word to last, long silences left out and
 * listed apart; the same measure the window and the review use), the words heard and the pace.
 * 16 kHz mono is read as is; other rates and stereo are converted. Exit codes: 0 when the file was
 * heard (even if nothing was said in it), 2 for a usage or file problem, each with one plain sentence.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SoundSwallowerModule } from 'soundswallower';
import { ROADMAP_PARTS, type RoadmapPart } from '../../core/coach/types';
import { createSpotter, type Heard } from '../../core/rehearsal/spotter';
import { measureTalk, type TalkTime } from '../../core/rehearsal/talk-time';
import { MAX_WAV_SECONDS, WavError, readWav, readWavHeader, tooLong } from '../../core/rehearsal/wav';
import { parseCommandLine, startCommand, UsageError } from './usage-error';

const USAGE = 'Usage: npm run hear -- [--json] [--script FILE] FILE.wav';
const MAX_SCRIPT_BYTES = 64 * 1024;
const PART_TITLES: Record<RoadmapPart, string> = {
  gratitude: 'Thanks',
  sincerity: 'Still keen',
  connection: 'Stay in touch',
};

interface Options {
  file: string;
  json: boolean;
  script: string;
}

function parseOptions(argv: string[]): Options | 'help' {
  const parsed = parseCommandLine(argv, { json: { type: 'boolean' }, script: { type: 'string' } });
  if (parsed.values.help) return 'help';
  if (parsed.positionals.length !== 1) throw new UsageError('Give exactly one WAV file to listen to.');
  const script = parsed.values.script === undefined ? '' : readScript(parsed.values.script);
  return { file: parsed.positionals[0]!, json: Boolean(parsed.values.json), script };
}

function readScript(file: string): string {
  let stat;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new UsageError(`The script "${file}" does not exist.`);
  }
  if (!stat.isFile()) throw new UsageError(`The script "${file}" is not a file.`);
  if (stat.size > MAX_SCRIPT_BYTES)
    throw new UsageError(`The script "${file}" is over 64 kB; a call script is shorter.`);
  const text = fs.readFileSync(file, 'utf8');
  if (text.includes('\u0000') || text.includes('\uFFFD')) throw new UsageError(`The script "${file}" is not text.`);
  return text;
}

function readAudio(file: string) {
  let stat;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new UsageError(`The file "${file}" does not exist.`);
  }
  if (!stat.isFile()) throw new UsageError(`"${file}" is not a file.`);
  try {
    const handle = fs.openSync(file, 'r');
    const head = Buffer.alloc(Math.min(stat.size, 65536));
    try {
      fs.readSync(handle, head, 0, head.length, 0);
    } finally {
      fs.closeSync(handle);
    }
    const header = readWavHeader(head, stat.size);
    if (header.seconds > MAX_WAV_SECONDS) throw tooLong(header.seconds);
    return readWav(fs.readFileSync(file));
  } catch (error) {
    if (error instanceof WavError) throw new UsageError(`"${path.basename(file)}": ${error.message}`);
    if (error instanceof UsageError) throw error;
    throw new UsageError(`The file "${file}" could not be read.`);
  }
}

async function loadRecogniser(): Promise<SoundSwallowerModule> {
  const entry = require.resolve('soundswallower');
  const modelBase = `${path.join(path.dirname(entry), 'model')}/`;
  const { default: createModule } = await import('soundswallower');
  const quiet = () => undefined;
  return createModule({ modelBase, print: quiet, printErr: quiet } as Parameters<typeof createModule>[0]);
}

export interface HearReport {
  file: string;
  parts: Record<RoadmapPart, boolean>;
  phrases: string[];
  text: string;
  speechSeconds: number;
  voicedSeconds: number;
  longPauses: TalkTime['longPauses'];
  words: number;
  wordsPerMinute: number | null;
  seconds: number;
  hypothesis: string;
}

export function buildReport(file: string, seconds: number, talk: TalkTime, heard: Heard): HearReport {
  const parts = Object.fromEntries(ROADMAP_PARTS.map((part) => [part, heard.parts.includes(part)])) as Record<
    RoadmapPart,
    boolean
  >;
  return {
    file,
    parts,
    phrases: heard.spotted.map((phrase) => phrase.text),
    text: heard.text,
    speechSeconds: talk.talkSeconds,
    voicedSeconds: talk.voicedSeconds,
    longPauses: talk.longPauses,
    words: heard.wordCount,
    wordsPerMinute:
      talk.talkSeconds > 0 && heard.wordCount > 0 ? Math.round((heard.wordCount / talk.talkSeconds) * 60) : null,
    seconds: Math.round(seconds * 10) / 10,
    hypothesis: heard.hypothesis,
  };
}

function formatReport(report: HearReport): string {
  const lines = [`${report.file}: ${report.seconds} s of audio`];
  if (report.speechSeconds === 0) {
    lines.push('No speech was found in this recording.');
    return lines.join('\n');
  }
  for (const part of ROADMAP_PARTS) lines.push(`  ${report.parts[part] ? '✓' : '○'} ${PART_TITLES[part]}`);
  lines.push(`Heard (an estimate): ${report.text || 'none of the phrases clearly'}`);
  const pauses = report.longPauses.length
    ? `; ${report.longPauses.length} long silence${report.longPauses.length === 1 ? '' : 's'} left out (${report.longPauses.map((pause) => `${pause.seconds} s at ${pause.start} s`).join(', ')})`
    : '';
  lines.push(`Talk time: ${report.speechSeconds} s, first word to last${pauses}`);
  lines.push(
    `Words: about ${report.words}; pace ${report.wordsPerMinute === null ? 'not measurable' : `about ${report.wordsPerMinute} words a minute`} (estimates)`,
  );
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const start = startCommand('hear', USAGE, () => {
    const options = parseOptions(argv);
    return options === 'help' ? options : { options, audio: readAudio(options.file) };
  });
  if ('exit' in start) return start.exit;
  const { options, audio } = start.run;
  const talk = measureTalk(audio.samples, 16000);
  const spotter = await createSpotter(await loadRecogniser());
  const heard = talk.span ? spotter.spot(audio.samples, options.script) : spotter.nothing();
  const report = buildReport(path.basename(options.file), audio.seconds, talk, heard);
  console.log(options.json ? JSON.stringify(report) : formatReport(report));
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`hear: the recogniser failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
