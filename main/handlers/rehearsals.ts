import { AppError } from '../../core/api-result';
import { takeTurn, type SessionPeople } from '../../core/rehearsal/engine';
import { nextScenario, reviewSession } from '../../core/rehearsal/review';
import { MAX_RECORDING_BYTES, base64Bytes, type Rehearsal } from '../../core/rehearsals';
import { fillScenarioLine, findStep, type Scenario } from '../../core/scenarios';
import { getContact } from '../db/contacts-repository';
import { getDraft } from '../db/drafts-repository';
import {
  addTurn,
  createRehearsal,
  deleteRehearsal,
  finishRehearsal,
  getRehearsal,
  getRehearsalDetail,
  getTurn,
  listRehearsals,
  listTurns,
  setTurnRecording,
} from '../db/rehearsals-repository';
import { getSettings } from '../db/settings-repository';
import type { DatabaseOwner } from '../db/database-owner';
import { LOCKED_MESSAGE } from '../protection/lock';
import { enforceRecordingRetention, readRecording, removeRecordingFiles, writeRecording } from '../recordings';
import { loadScenarioLibrary, scenariosDir } from '../scenarios-loader';
import type { HandlerContext, HandlerSlice } from './handler-types';

/** The data key recordings are encrypted with (held while the data is unlocked, which dispatch ensures). */
function heldKey(database: DatabaseOwner): Buffer {
  const key = database.key();
  if (!key) throw new AppError('locked', LOCKED_MESSAGE);
  return key;
}

function findScenario(ctx: HandlerContext, id: string): Scenario {
  const scenario = scenarioList(ctx).find((s) => s.id === id);
  if (!scenario) throw new AppError('not-found', `No scenario "${id}". Choose one from the list.`);
  return scenario;
}

function scenarioList(ctx: HandlerContext): Scenario[] {
  return loadScenarioLibrary(scenariosDir(ctx.templatesDir)).scenarios;
}

function peopleFor(ctx: HandlerContext, rehearsal: Pick<Rehearsal, 'contactId'>): SessionPeople {
  const contact = getContact(ctx.db, rehearsal.contactId);
  const settings = getSettings(ctx.db);
  return {
    contactName: contact.name,
    jobTitle: contact.jobTitle,
    company: contact.company,
    position: contact.position,
    myName: settings.myName,
    highlight: contact.highlight,
    wordsPerMinute: settings.speakingWpm,
  };
}

function tooLarge(bytes: number): AppError {
  const mb = (value: number) => (value / 1024 / 1024).toFixed(1);
  return new AppError(
    'too-large',
    `This recording is ${mb(bytes)} MB, over the ${mb(MAX_RECORDING_BYTES)} MB limit, so it was not saved. Your answer and its review are kept; try a shorter answer to keep the audio.`,
  );
}

export const rehearsalHandlers = {
  'scenarios:list': (_input, { templatesDir }) => loadScenarioLibrary(scenariosDir(templatesDir)),
  'rehearsals:create': ({ contactId, draftId, scenarioId, rung }, ctx) => {
    const contact = getContact(ctx.db, contactId);
    if (draftId !== null && getDraft(ctx.db, draftId).contactId !== contact.id) {
      throw new AppError(
        'invalid-input',
        `That script is for someone else, not ${contact.name}. Choose one of their drafts.`,
      );
    }
    const scenario = findScenario(ctx, scenarioId);
    return createRehearsal(
      ctx.db,
      { contactId, draftId, scenarioId, scenarioTitle: scenario.title, rung, startStep: scenario.start },
      ctx.now().toISOString(),
    );
  },
  'rehearsals:list': ({ contactId }, { db }) => listRehearsals(db, contactId),
  'rehearsals:get': ({ id }, { db }) => getRehearsalDetail(db, id),
  'rehearsals:delete': ({ id }, { db, info }) => {
    const turns = listTurns(db, id);
    deleteRehearsal(db, id);
    for (const turn of turns) removeRecordingFiles(info.dataDir, turn.id);
    return { id };
  },
  'rehearsals:save-turn': ({ rehearsalId, stepId, text, mode, talkSeconds }, ctx) => {
    const rehearsal = getRehearsal(ctx.db, rehearsalId);
    if (rehearsal.status === 'finished') {
      throw new AppError('conflict', 'This rehearsal has already ended. Start a new one to practise again.');
    }
    if (rehearsal.currentStep !== stepId) {
      throw new AppError(
        'conflict',
        'This answer is for a different point in the call. Reload the rehearsal and try again.',
      );
    }
    const scenario = findScenario(ctx, rehearsal.scenarioId);
    const step = findStep(scenario, stepId);
    if (!step) throw new AppError('not-found', `The scenario "${scenario.title}" has changed; start a new rehearsal.`);
    const people = peopleFor(ctx, rehearsal);
    const earlier = listTurns(ctx.db, rehearsalId).map((saved) => saved.review);
    const result = takeTurn(scenario, stepId, { text, mode, talkSeconds }, people, earlier);
    const now = ctx.now().toISOString();
    const turn = addTurn(
      ctx.db,
      {
        rehearsalId,
        stepId,
        line: fillScenarioLine(step.line, people),
        review: result.review,
        nextStep: result.next.id,
      },
      now,
    );
    let updated = getRehearsal(ctx.db, rehearsalId);
    if (result.ended) {
      const reviews = listTurns(ctx.db, rehearsalId).map((saved) => saved.review);
      const context = {
        highlight: people.highlight,
        rung: rehearsal.rung,
        scenario,
        next: nextScenario(scenarioList(ctx), scenario.id),
      };
      updated = finishRehearsal(ctx.db, rehearsalId, reviewSession(reviews, context), now);
    }
    return {
      rehearsal: updated,
      turn,
      nextStepId: result.next.id,
      nextLine: fillScenarioLine(result.next.line, people),
      ended: result.ended,
    };
  },
  'recordings:save': ({ turnId, mimeType, data }, { db, info, now, database }) => {
    const bytes = base64Bytes(data);
    if (bytes > MAX_RECORDING_BYTES) throw tooLarge(bytes);
    getTurn(db, turnId);
    const retention = getSettings(db).recordingRetention;
    if (retention.mode === 'never') return { turnId, saved: false, bytes };
    setTurnRecording(db, turnId, { mimeType, bytes });
    writeRecording(info.dataDir, heldKey(database), turnId, mimeType, Buffer.from(data, 'base64'));
    enforceRecordingRetention(db, info.dataDir, retention, now());
    return { turnId, saved: true, bytes };
  },
  'recordings:get': ({ turnId }, { db, info, database }) => {
    const turn = getTurn(db, turnId);
    const bytes = turn.recording
      ? readRecording(info.dataDir, heldKey(database), turnId, turn.recording.mimeType)
      : null;
    if (!turn.recording || !bytes) {
      throw new AppError(
        'not-found',
        'No recording is kept for this answer (it may have been removed by your retention setting).',
      );
    }
    return { turnId, mimeType: turn.recording.mimeType, data: bytes.toString('base64') };
  },
  'recordings:delete': ({ turnId }, { db, info }) => {
    getTurn(db, turnId);
    setTurnRecording(db, turnId, null);
    removeRecordingFiles(info.dataDir, turnId);
    return { turnId };
  },
} satisfies HandlerSlice;
