import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkGraph, fillScenarioLine, findStep, ScenarioFileSchema, type Scenario } from '../../core/scenarios';
import { takeTurn, type SessionPeople } from '../../core/rehearsal/engine';
import { findAppRoot } from '../../main/paths';
import { loadScenarioLibrary, scenariosDir } from '../../main/scenarios-loader';
import { makeTempDir } from '../helpers/temp-dir';

const dir = scenariosDir(path.join(findAppRoot(), 'templates'));
const library = loadScenarioLibrary(dir);

const people: SessionPeople = {
  contactName: 'Ada Byron',
  jobTitle: 'Head of Design',
  company: 'Northwind',
  position: 'Product Designer',
  myName: 'Sam Lee',
  highlight: 'the tour of the research lab',
  wordsPerMinute: 150,
};

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

describe('built-in scenarios', () => {
  it('every file parses, with no problems, and there are at least the nine required situations', () => {
    const files = fs.readdirSync(dir).filter((name) => name.endsWith('.json'));
    expect(library.problems).toEqual([]);
    expect(library.scenarios.map((s) => s.id).sort()).toEqual(files.map((f) => f.replace(/\.json$/, '')).sort());
    expect(library.scenarios.map((s) => s.id)).toEqual(
      expect.arrayContaining([
        'warm-pickup',
        'rushed',
        'voicemail',
        'receptionist',
        'feedback',
        'why-still',
        'future-opening',
        'not-remembered',
        'decision-final',
      ]),
    );
    expect(library.scenarios[0]!.id).toBe('warm-pickup');
  });

  it('voicemail has a beep and a 30-second limit; the rushed call asks to be quick', () => {
    const voicemail = library.scenarios.find((s) => s.id === 'voicemail')!;
    const greeting = findStep(voicemail, voicemail.start)!;
    expect(voicemail.kind).toBe('voicemail');
    expect(greeting.beep).toBe(true);
    expect(greeting.limitSeconds).toBe(30);
    expect(greeting.target).toEqual({ min: 20, max: 30 });
    const rushed = library.scenarios.find((s) => s.id === 'rushed')!;
    expect(findStep(rushed, rushed.start)!.line).toMatch(/two minutes/);
  });

  describe.each(library.scenarios.map((s) => [s.id, s] as [string, Scenario]))('%s', (_id, scenario) => {
    it('has no dead ends and every step is reachable', () => {
      expect(checkGraph(scenario.start, scenario.steps)).toEqual([]);
      const ends = scenario.steps.filter((step) => step.branches.length === 0);
      expect(ends.length).toBeGreaterThan(0);
    });

    it('every branch is taken by its own example answer', () => {
      for (const step of scenario.steps) {
        for (const branch of step.branches) {
          const result = takeTurn(
            scenario,
            step.id,
            { text: branch.example, mode: 'typed', talkSeconds: null },
            people,
          );
          expect({ step: step.id, example: branch.example, to: result.branch.to }).toEqual({
            step: step.id,
            example: branch.example,
            to: branch.to,
          });
        }
      }
    });

    it('walking the example answers reaches every end', () => {
      const ends = new Set(scenario.steps.filter((s) => s.branches.length === 0).map((s) => s.id));
      const reached = new Set<string>();
      const visit = (id: string, seen: Set<string>) => {
        const step = findStep(scenario, id)!;
        if (step.branches.length === 0) {
          reached.add(id);
          return;
        }
        for (const branch of step.branches) {
          if (seen.has(branch.to)) continue;
          const result = takeTurn(scenario, id, { text: branch.example, mode: 'typed', talkSeconds: null }, people);
          visit(result.next.id, new Set([...seen, id]));
        }
      };
      visit(scenario.start, new Set());
      expect([...reached].sort()).toEqual([...ends].sort());
    });

    it('every line fills in for the contact without a leftover placeholder', () => {
      for (const step of scenario.steps) {
        expect(fillScenarioLine(step.line, people)).not.toMatch(/\{\{|\}\}/);
      }
    });

    it('every line and tip reads without a gap, a placeholder or a stand-in when only the name is known', () => {
      const bare = { contactName: 'Ada', jobTitle: '', company: '', position: '', myName: '' };
      for (const step of scenario.steps) {
        for (const text of [step.line, step.tip ?? '']) {
          const filled = fillScenarioLine(text, bare);
          expect(filled).not.toMatch(/\{\{|\}\}|\s[,.!?]|,[.!?]|\byou, you\b|\bHi you\b|\s{2}/);
          for (const standIn of ['the company', 'the role', 'the hiring manager']) {
            if (!text.includes(standIn)) expect(filled).not.toContain(standIn);
          }
        }
      }
    });
  });
});

describe('filling a line when a value is missing', () => {
  const none = { contactName: 'Ada Byron', jobTitle: '', company: '', position: '', myName: '' };
  it.each([
    [
      'Oh, hello! Yes, now is fine. Good to hear from you, {{me.name}}.',
      'Oh, hello! Yes, now is fine. Good to hear from you.',
    ],
    ['Hi {{me.name}}. What can I do for you?', 'Hi. What can I do for you?'],
    ['Oh, hi {{me.name}}! Funny timing.', 'Oh, hi! Funny timing.'],
    ['Thanks, {{me.name}}, I would like that.', 'Thanks, I would like that.'],
    ['Good morning, {{company}}. How can I help?', 'Good morning. How can I help?'],
    [
      'You have reached {{contact.name}} at {{company}}. Leave a message.',
      'You have reached Ada Byron. Leave a message.',
    ],
    ['Then say you are still keen on {{company}}.', 'Then say you are still keen.'],
    ['Oh, of course, the {{position}} interviews! Sorry.', 'Oh, of course, the interviews! Sorry.'],
    [
      'We may be opening a second {{position}} role early next year.',
      'We may be opening a second role early next year.',
    ],
    ['{{company}} is hiring again.', 'Is hiring again.'],
  ])('%s', (line, expected) => {
    expect(fillScenarioLine(line, none)).toBe(expected);
  });

  it('fills the values it has, and a tip the same way as a line', () => {
    const full = { contactName: 'Ada Byron', jobTitle: 'CTO', company: 'Engines', position: 'Analyst', myName: 'Sam' };
    expect(fillScenarioLine('Good to hear from you, {{me.name}}.', full)).toBe('Good to hear from you, Sam.');
    expect(fillScenarioLine('Say you are still keen on {{company}}.', full)).toBe('Say you are still keen on Engines.');
    expect(fillScenarioLine('The {{position}} interviews, {{contact.firstName}}.', full)).toBe(
      'The Analyst interviews, Ada.',
    );
  });
});

describe('scenario schema and loader', () => {
  const valid = {
    title: 'T',
    summary: 'S',
    kind: 'call',
    order: 1,
    start: 'a',
    steps: [
      {
        id: 'a',
        line: 'Hello',
        target: { min: 1, max: 5 },
        branches: [{ when: 'otherwise', to: 'b', example: 'Hi' }],
      },
      { id: 'b', line: 'Bye' },
    ],
  };

  it('accepts a minimal scenario', () => {
    expect(ScenarioFileSchema.safeParse(valid).success).toBe(true);
  });

  it.each([
    [
      'a branch to a missing step',
      { steps: [{ ...valid.steps[0], branches: [{ when: 'otherwise', to: 'zz', example: 'x' }] }, valid.steps[1]] },
      /"zz", which does not exist/,
    ],
    [
      'a last branch that is not otherwise',
      {
        steps: [{ ...valid.steps[0], branches: [{ when: { saysAny: ['x'] }, to: 'b', example: 'x' }] }, valid.steps[1]],
      },
      /must be "otherwise"/,
    ],
    ['an unreachable step', { steps: [...valid.steps, { id: 'c', line: 'Lost' }] }, /"c" can never be reached/],
    [
      'a loop with no way out',
      { steps: [{ ...valid.steps[0], branches: [{ when: 'otherwise', to: 'a', example: 'x' }] }, valid.steps[1]] },
      /can never end|never be reached/,
    ],
    [
      'an unknown placeholder',
      { steps: [{ ...valid.steps[0], line: 'Hi {{contact.email}}' }, valid.steps[1]] },
      /placeholder/,
    ],
    ['a missing start', { start: 'nope' }, /start step "nope"/],
    [
      'an empty condition',
      {
        steps: [
          {
            ...valid.steps[0],
            branches: [
              { when: {}, to: 'b', example: 'x' },
              { when: 'otherwise', to: 'b', example: 'y' },
            ],
          },
          valid.steps[1],
        ],
      },
      /covers, saysAny or longerThan/,
    ],
  ])('refuses %s', (_name, patch, message) => {
    const result = ScenarioFileSchema.safeParse({ ...valid, ...patch });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.message).join(' | ')).toMatch(message);
  });

  it('names a malformed file and still loads the others', () => {
    const temp = makeTempDir();
    cleanups.push(temp.cleanup);
    fs.writeFileSync(path.join(temp.dir, 'good.json'), JSON.stringify(valid));
    fs.writeFileSync(path.join(temp.dir, 'broken.json'), '{ "title": ');
    fs.writeFileSync(path.join(temp.dir, 'wrong.json'), JSON.stringify({ ...valid, kind: 'fax' }));
    fs.writeFileSync(path.join(temp.dir, 'Bad Name.json'), JSON.stringify(valid));
    fs.writeFileSync(path.join(temp.dir, 'notes.txt'), 'ignored');
    const loaded = loadScenarioLibrary(temp.dir);
    expect(loaded.scenarios.map((s) => s.id)).toEqual(['good']);
    expect(loaded.problems.map((p) => p.file).sort()).toEqual(['Bad Name.json', 'broken.json', 'wrong.json']);
    expect(loaded.problems.find((p) => p.file === 'broken.json')!.message).toMatch(
      /^broken\.json: it is not valid JSON/,
    );
    expect(loaded.problems.find((p) => p.file === 'wrong.json')!.message).toMatch(
      /^wrong\.json: kind must be call or voicemail/,
    );
  });

  it('reports a missing folder in plain words', () => {
    const loaded = loadScenarioLibrary('/nonexistent/scenarios');
    expect(loaded.scenarios).toEqual([]);
    expect(loaded.problems[0]!.message).toMatch(/could not be read \(ENOENT\)/);
  });
});
