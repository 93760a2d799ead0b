import './support/setup-dom';
import path from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { takeTurn } from '../../core/rehearsal/engine';
import { nextScenario, reviewSession } from '../../core/rehearsal/review';
import type { Rehearsal, RehearsalTurn, TurnSaved } from '../../core/rehearsals';
import { fillScenarioLine, findStep } from '../../core/scenarios';
import { findAppRoot } from '../../main/paths';
import { loadScenarioLibrary, scenariosDir } from '../../main/scenarios-loader';
import { App } from '../../renderer/app';
import { makeDraft, SETTINGS } from './support/draft-fixtures';
import { makeContact, pageOf } from './support/fixtures';
import { inputsOf, mockApi } from './support/mock-api';

vi.mock('../../renderer/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../renderer/api')>()),
  call: vi.fn(),
}));

const library = loadScenarioLibrary(scenariosDir(path.join(findAppRoot(), 'templates')));
const ADA = makeContact({ id: 7, name: 'Ada Byron', company: 'Northwind', highlight: 'the tour of the research lab' });
const SCRIPT = makeDraft({
  id: 70,
  contactId: 7,
  channel: 'call',
  title: 'Call script for Ada',
  body: 'Hi Ada. Thank you for the tour of the research lab. I would still love to join the team. Could I stay on your radar?',
});

/** A small in-memory backend that runs the real session engine, like main does. */
function backend() {
  const people = {
    contactName: ADA.name,
    jobTitle: ADA.jobTitle,
    company: ADA.company,
    position: ADA.position,
    myName: SETTINGS.myName,
    highlight: ADA.highlight,
    wordsPerMinute: SETTINGS.speakingWpm,
  };
  let rehearsal: Rehearsal | null = null;
  const turns: RehearsalTurn[] = [];
  return mockApi({
    'settings:get': () => SETTINGS,
    'contacts:list': () => pageOf([ADA]),
    'scenarios:list': () => library,
    'rehearsals:list': () => (rehearsal ? [rehearsal] : []),
    'drafts:list': () => ({
      items: [{ ...SCRIPT, contactName: ADA.name, company: ADA.company, excerpt: '', snippet: null }],
      total: 1,
    }),
    'drafts:get': () => SCRIPT,
    'rehearsals:create': (input) => {
      const scenario = library.scenarios.find((s) => s.id === input!.scenarioId)!;
      rehearsal = {
        id: 1,
        contactId: ADA.id,
        contactName: ADA.name,
        draftId: input!.draftId ?? null,
        scenarioId: scenario.id,
        scenarioTitle: scenario.title,
        rung: input!.rung ?? 'script',
        status: 'in-progress',
        currentStep: scenario.start,
        turnCount: 0,
        review: null,
        createdAt: '2026-11-26T09:00:00.000Z',
        finishedAt: null,
      };
      return rehearsal;
    },
    'rehearsals:save-turn': (input): TurnSaved => {
      const scenario = library.scenarios.find((s) => s.id === rehearsal!.scenarioId)!;
      const step = findStep(scenario, input!.stepId)!;
      const result = takeTurn(
        scenario,
        input!.stepId,
        { text: input!.text, mode: input!.mode, talkSeconds: input!.talkSeconds ?? null },
        people,
        turns.map((t) => t.review),
      );
      const turn: RehearsalTurn = {
        id: turns.length + 1,
        rehearsalId: 1,
        position: turns.length + 1,
        stepId: step.id,
        line: fillScenarioLine(step.line, people),
        review: result.review,
        recording: null,
        createdAt: '2026-11-26T09:00:00.000Z',
      };
      turns.push(turn);
      rehearsal = {
        ...rehearsal!,
        currentStep: result.next.id,
        turnCount: turns.length,
        ...(result.ended
          ? {
              status: 'finished' as const,
              review: reviewSession(
                turns.map((t) => t.review),
                {
                  highlight: ADA.highlight,
                  rung: rehearsal!.rung,
                  scenario,
                  next: nextScenario(library.scenarios, scenario.id),
                },
              ),
              finishedAt: '2026-11-26T09:05:00.000Z',
            }
          : {}),
      };
      return {
        rehearsal,
        turn,
        nextStepId: result.next.id,
        nextLine: fillScenarioLine(result.next.line, people),
        ended: result.ended,
      };
    },
    'rehearsals:get': () => ({ rehearsal: rehearsal!, turns }),
  });
}

describe('the rehearse screen', () => {
  it('runs a whole scenario by typing, with the script in view, and shows the review', async () => {
    const api = backend();
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Rehearse' }));
    const ready = await screen.findByRole('region', { name: 'Ready?' });
    expect(within(ready).getByText('Ada Byron')).toBeTruthy();
    expect(within(ready).getByText('the tour of the research lab')).toBeTruthy();
    await waitFor(() => expect(screen.getByLabelText('Your script')).toHaveProperty('value', '70'));
    await user.click(screen.getByRole('radio', { name: /The decision is final/ }));
    await user.click(screen.getByRole('radio', { name: 'Cue words only' }));
    await user.click(screen.getByRole('button', { name: 'Start the call' }));

    expect(inputsOf(api, 'rehearsals:create')).toEqual([
      { contactId: 7, draftId: 70, scenarioId: 'decision-final', rung: 'cues' },
    ]);
    expect(await screen.findByText('Ada speaking.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Cue words' })).toBeTruthy();
    expect(screen.getByRole('timer')).toBeTruthy();
    expect(screen.getByText(/Target 10–25 s/)).toBeTruthy();

    const answers = [
      'Hi Ada, it is Sam. Thank you for letting me know about the decision.',
      'Is there any chance you could reconsider?',
      'Of course, I understand. Thank you for your time all the same.',
    ];
    for (const answer of answers) {
      await user.type(screen.getByLabelText('Your answer'), answer);
      await user.click(screen.getByRole('button', { name: 'Send answer' }));
      await within(screen.getByRole('list', { name: 'The call so far' })).findByText(answer);
    }
    expect(inputsOf(api, 'rehearsals:save-turn').map((input) => [input.stepId, input.mode])).toEqual([
      ['hello', 'typed'],
      ['final', 'typed'],
      ['colder', 'typed'],
    ]);
    expect(screen.getByText('Thanks for understanding. Goodbye.')).toBeTruthy();
    expect(screen.queryByLabelText('Your answer')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'See your review' }));
    expect(await screen.findByRole('heading', { name: 'Review: "The decision is final" with Ada Byron' })).toBeTruthy();
    expect(screen.getByText(/Asking them to reconsider cooled the call/)).toBeTruthy();
    const parts = screen.getByRole('list', { name: 'The three parts' });
    expect(within(parts).getByText('thanks: said')).toBeTruthy();
    expect(within(parts).getByText('still keen: not said')).toBeTruthy();
    const tips = document.querySelectorAll('.review-tips li');
    expect(tips).toHaveLength(3);
    expect(tips[0]!.textContent).toMatch(/still love to work there/);
    expect(
      screen.getAllByText(/Ask them to be considered next time|Asking them to reverse the decision/).length,
    ).toBeGreaterThan(0);
  });

  it('gives a review that agrees with itself: an ask said early counts, tips know the rung and the scenario', async () => {
    backend();
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Rehearse' }));
    await screen.findByRole('region', { name: 'Ready?' });
    await user.click(screen.getByRole('radio', { name: /In a rush/ }));
    await user.click(screen.getByRole('radio', { name: 'No cues' }));
    await user.click(screen.getByRole('button', { name: 'Start the call' }));
    await screen.findByText(/I've got two minutes/);
    const answers = [
      'Hi Ada, it is Sam. Thank you for letting me know. I am still keen on the team, and could we stay in touch?',
      'No, that is all. Bye!',
    ];
    for (const answer of answers) {
      await user.type(screen.getByLabelText('Your answer'), answer);
      await user.click(screen.getByRole('button', { name: 'Send answer' }));
      await within(screen.getByRole('list', { name: 'The call so far' })).findByText(answer);
    }
    await user.click(screen.getByRole('button', { name: 'See your review' }));
    await screen.findByRole('heading', { name: 'Review: In a rush with Ada Byron' });
    const parts = screen.getByRole('list', { name: 'The three parts' });
    expect(within(parts).getByText('stay in touch: said')).toBeTruthy();
    expect(screen.getByText(/100% of the parts this call asked for/)).toBeTruthy();
    const page = document.body.textContent!;
    expect(page).not.toMatch(/ask was missing|without asking|Make the ask/);
    expect(page).toMatch(/Said earlier in the call/);
    const tips = [...document.querySelectorAll('.review-tips li')].map((tip) => tip.textContent).join(' ');
    expect(tips).not.toMatch(/rung down|cue words only/);
    expect(tips).not.toMatch(/In a rush/);
    expect(tips).toMatch(/no cues/);
  });

  it('says plainly when there is nobody to call yet, and offers to add them', async () => {
    mockApi({
      'settings:get': () => SETTINGS,
      'contacts:list': () => pageOf([]),
      'scenarios:list': () => library,
      'rehearsals:list': () => [],
    });
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Rehearse' }));
    expect(await screen.findByText('To rehearse a call, first add the person you will call.')).toBeTruthy();
    expect(screen.getByText(/No rehearsals yet/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add a contact' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Contacts' })).toBeTruthy();
    expect(await screen.findByRole('textbox', { name: /^Name/ })).toBeTruthy();
  });
});
