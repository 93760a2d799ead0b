import { z } from 'zod';
import type { SessionReview } from './rehearsal/review';
import type { TurnReview } from './rehearsal/engine';
import { ContactIdSchema } from './contacts';
import { DraftIdSchema } from './drafts';

/**
 * Rehearsals as stored and sent over IPC. Main runs the session engine itself when a turn is saved
 * (the renderer sends only what was said), so a stored review always matches the stored answer.
 */
export const PRACTICE_RUNGS = ['script', 'cues', 'none'] as const;
export type PracticeRung = (typeof PRACTICE_RUNGS)[number];
export const RUNG_LABELS: Record<PracticeRung, string> = {
  script: 'Full script in view',
  cues: 'Cue words only',
  none: 'No cues',
};

export const REHEARSAL_LIMITS = { answer: 4000, talkSeconds: 600 } as const;

/** A recording may be at most 2 MB (about eight minutes of speech at the usual quality). */
export const MAX_RECORDING_BYTES = 2 * 1024 * 1024;
export const RECORDING_TYPES = ['audio/webm', 'audio/ogg', 'audio/mp4', 'audio/wav'] as const;
export type RecordingType = (typeof RECORDING_TYPES)[number];

export const RehearsalIdSchema = z
  .number({ error: 'Rehearsal id must be a number' })
  .int({ error: 'Rehearsal id must be a whole number' })
  .positive({ error: 'Rehearsal id must be positive' });

export const TurnIdSchema = z
  .number({ error: 'Turn id must be a number' })
  .int({ error: 'Turn id must be a whole number' })
  .positive({ error: 'Turn id must be positive' });

export const RehearsalCreateSchema = z
  .object({
    contactId: ContactIdSchema,
    draftId: DraftIdSchema.nullable().default(null),
    scenarioId: z
      .string({ error: 'Choose a scenario' })
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'Choose a scenario from the list' })
      .max(80, { error: 'Choose a scenario from the list' }),
    rung: z.enum(PRACTICE_RUNGS, { error: 'Choose full script, cue words or no cues' }).default('script'),
  })
  .strict();

export const RehearsalListSchema = z
  .object({ contactId: ContactIdSchema.nullable().default(null) })
  .strict()
  .prefault({});

export const TurnSaveSchema = z
  .object({
    rehearsalId: RehearsalIdSchema,
    stepId: z.string({ error: 'Step must be text' }).min(1).max(40, { error: 'Step must be at most 40 characters' }),
    text: z
      .string({ error: 'Your answer must be text' })
      .max(REHEARSAL_LIMITS.answer, { error: `Your answer must be at most ${REHEARSAL_LIMITS.answer} characters` }),
    mode: z.enum(['typed', 'spoken'], { error: 'Say whether the answer was typed or spoken' }),
    talkSeconds: z
      .number({ error: 'Talk time must be a number' })
      .min(0, { error: 'Talk time cannot be negative' })
      .max(REHEARSAL_LIMITS.talkSeconds, {
        error: `Talk time must be at most ${REHEARSAL_LIMITS.talkSeconds / 60} minutes`,
      })
      .nullable()
      .default(null),
  })
  .strict()
  .refine((turn) => turn.mode === 'typed' || turn.talkSeconds !== null, {
    error: 'A spoken answer needs its talk time',
    path: ['talkSeconds'],
  });

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export const RecordingSaveSchema = z
  .object({
    turnId: TurnIdSchema,
    mimeType: z
      .string({ error: 'The recording type must be text' })
      .max(100)
      .transform((value) => value.split(';')[0]!.trim().toLowerCase())
      .pipe(z.enum(RECORDING_TYPES, { error: 'Recordings must be WebM, Ogg, MP4 or WAV audio' })),
    /** The audio as base64. Length is checked by the handler, so too large gets its own clear error. */
    data: z
      .string({ error: 'The recording must be base64 text' })
      .min(4, { error: 'The recording is empty' })
      .max(64 * 1024 * 1024, { error: 'The recording is far too large' })
      .refine((value) => BASE64.test(value), { error: 'The recording is not valid base64' }),
  })
  .strict();

export const RecordingByTurnSchema = z.object({ turnId: TurnIdSchema }).strict();

export type RehearsalStatus = 'in-progress' | 'finished';

export interface Rehearsal {
  id: number;
  contactId: number;
  contactName: string;
  draftId: number | null;
  scenarioId: string;
  scenarioTitle: string;
  rung: PracticeRung;
  status: RehearsalStatus;
  /** The step waiting for an answer; the end step once finished. */
  currentStep: string;
  turnCount: number;
  /** Filled when finished. */
  review: SessionReview | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface RecordingInfo {
  mimeType: RecordingType;
  bytes: number;
}

export interface RehearsalTurn {
  id: number;
  rehearsalId: number;
  position: number;
  stepId: string;
  /** Their line as it was said, filled for the contact. */
  line: string;
  review: TurnReview;
  recording: RecordingInfo | null;
  createdAt: string;
}

export interface RehearsalDetail {
  rehearsal: Rehearsal;
  turns: RehearsalTurn[];
}

export interface TurnSaved {
  rehearsal: Rehearsal;
  turn: RehearsalTurn;
  /** Where the call went, and whether it ended there. */
  nextStepId: string;
  nextLine: string;
  ended: boolean;
}

export interface RecordingSaved {
  turnId: number;
  /** False when the retention setting is "never keep": nothing was written. */
  saved: boolean;
  bytes: number;
}

export interface RecordingData {
  turnId: number;
  mimeType: RecordingType;
  data: string;
}

/** Bytes a base64 string decodes to. */
export function base64Bytes(data: string): number {
  const padding = data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0;
  return (data.length / 4) * 3 - padding;
}
