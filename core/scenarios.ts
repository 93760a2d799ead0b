import { z } from 'zod';
import { ROADMAP_PARTS, type RoadmapPart } from './coach/types';
import { findPlaceholders } from './placeholders';

/**
 * Rehearsal scenarios: a branching phone call, kept as data in templates/scenarios/*.json so wording can
 * change without a code change. Each step is one line from the other party and what to listen for in
 * the person's answer; its branches are tried in order and the last one is always "otherwise", so a
 * conversation can never get stuck. A step without branches ends the call.
 */
export const SCENARIO_LIMITS = {
  title: 80,
  summary: 300,
  line: 600,
  steps: 30,
  branches: 6,
  keywords: 20,
  keyword: 40,
  example: 800,
  seconds: 300,
} as const;

/** Placeholders a scenario line may use; filled from the chosen contact and your settings. */
export const SCENARIO_PLACEHOLDERS = [
  'contact.firstName',
  'contact.name',
  'contact.jobTitle',
  'company',
  'position',
  'me.name',
] as const;

const STEP_ID = /^[a-z][a-z0-9-]{0,39}$/;

const Part = z.enum(ROADMAP_PARTS, { error: 'A part must be gratitude, sincerity or connection' });

const Text = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .min(1, { error: `${label} must not be empty` })
    .max(max, { error: `${label} must be at most ${max} characters` })
    .refine(
      (value) =>
        findPlaceholders(value).every((match) => (SCENARIO_PLACEHOLDERS as readonly string[]).includes(match.name)),
      {
        error: `${label} uses a placeholder scenarios do not know (use ${SCENARIO_PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')})`,
      },
    );

const StepId = z.string({ error: 'A step id must be text' }).regex(STEP_ID, {
  error: 'A step id must be lower-case letters, digits and hyphens, starting with a letter',
});

export const ConditionSchema = z
  .object({
    /** Every one of these parts was heard. */
    covers: z.array(Part).max(3).optional(),
    /** At least one of these words or phrases was said. */
    saysAny: z.array(Text('A keyword', SCENARIO_LIMITS.keyword)).min(1).max(SCENARIO_LIMITS.keywords).optional(),
    /** The answer took longer than this many seconds (estimated from words when typed). */
    longerThan: z.number().int().min(1).max(SCENARIO_LIMITS.seconds).optional(),
  })
  .strict()
  .refine((c) => c.covers !== undefined || c.saysAny !== undefined || c.longerThan !== undefined, {
    error: 'A condition needs covers, saysAny or longerThan',
  });
export type BranchCondition = z.output<typeof ConditionSchema>;

export const BranchSchema = z
  .object({
    when: z.union([z.literal('otherwise'), ConditionSchema]),
    to: StepId,
    /** A sample answer that takes this branch: a hint in the app and a check in the tests. */
    example: Text('An example answer', SCENARIO_LIMITS.example),
  })
  .strict();
export type ScenarioBranch = z.output<typeof BranchSchema>;

export const TargetSchema = z
  .object({
    min: z.number().int().min(0).max(SCENARIO_LIMITS.seconds),
    max: z.number().int().min(1).max(SCENARIO_LIMITS.seconds),
  })
  .strict()
  .refine((t) => t.min < t.max, { error: 'A target needs min below max' });

export const StepSchema = z
  .object({
    id: StepId,
    /** What the other party says (or, for a voicemail greeting, what the machine says). */
    line: Text('A line', SCENARIO_LIMITS.line),
    /** Played after the line, before you speak (a voicemail beep). */
    beep: z.boolean().optional(),
    /** Which of the three parts this answer should carry. Empty for a simple reply. */
    listenFor: z.array(Part).max(3).default([]),
    /** Words worth saying here; the recogniser listens for them and the review checks them. */
    keywords: z.array(Text('A keyword', SCENARIO_LIMITS.keyword)).max(SCENARIO_LIMITS.keywords).default([]),
    /** How long your answer should take, in seconds. */
    target: TargetSchema.optional(),
    /** A hard stop (a voicemail box cuts you off). */
    limitSeconds: z.number().int().min(5).max(SCENARIO_LIMITS.seconds).optional(),
    /** A short hint shown under the line. */
    tip: Text('A tip', SCENARIO_LIMITS.summary).optional(),
    branches: z.array(BranchSchema).max(SCENARIO_LIMITS.branches).default([]),
  })
  .strict()
  .superRefine((step, ctx) => {
    if (step.branches.length === 0) {
      if (step.target || step.listenFor.length > 0 || step.keywords.length > 0 || step.limitSeconds) {
        ctx.addIssue({ code: 'custom', message: `Step "${step.id}" ends the call, so it cannot ask for an answer` });
      }
      return;
    }
    if (!step.target) ctx.addIssue({ code: 'custom', message: `Step "${step.id}" needs a target duration` });
    const last = step.branches[step.branches.length - 1]!;
    if (last.when !== 'otherwise') {
      ctx.addIssue({ code: 'custom', message: `The last branch of step "${step.id}" must be "otherwise"` });
    }
    step.branches.slice(0, -1).forEach((branch) => {
      if (branch.when === 'otherwise') {
        ctx.addIssue({ code: 'custom', message: `Only the last branch of step "${step.id}" may be "otherwise"` });
      }
    });
  });
export type ScenarioStep = z.output<typeof StepSchema>;

export const SCENARIO_KINDS = ['call', 'voicemail'] as const;

export const ScenarioFileSchema = z
  .object({
    title: Text('The title', SCENARIO_LIMITS.title),
    summary: Text('The summary', SCENARIO_LIMITS.summary),
    kind: z.enum(SCENARIO_KINDS, { error: 'kind must be call or voicemail' }),
    /** Listed in this order; lower first. */
    order: z.number().int().min(0).max(1000),
    start: StepId,
    steps: z.array(StepSchema).min(2).max(SCENARIO_LIMITS.steps),
  })
  .strict()
  .superRefine((file, ctx) => {
    const ids = new Set<string>();
    for (const step of file.steps) {
      if (ids.has(step.id)) ctx.addIssue({ code: 'custom', message: `Two steps are called "${step.id}"` });
      ids.add(step.id);
    }
    if (!ids.has(file.start))
      ctx.addIssue({ code: 'custom', message: `The start step "${file.start}" does not exist` });
    for (const step of file.steps) {
      for (const branch of step.branches) {
        if (!ids.has(branch.to)) {
          ctx.addIssue({ code: 'custom', message: `Step "${step.id}" leads to "${branch.to}", which does not exist` });
        }
      }
    }
    if (ctx.issues?.length) return;
    const problems = checkGraph(file.start, file.steps);
    for (const message of problems) ctx.addIssue({ code: 'custom', message });
  });
export type ScenarioFile = z.output<typeof ScenarioFileSchema>;

export interface Scenario extends ScenarioFile {
  /** The file name without .json. */
  id: string;
}

export interface ScenarioProblem {
  file: string;
  message: string;
}

export interface ScenarioLibrary {
  scenarios: Scenario[];
  problems: ScenarioProblem[];
}

/**
 * Every step reachable from the start, and from every step some end reachable: no dead ends, no
 * orphan lines, no loop without a way out.
 */
export function checkGraph(start: string, steps: readonly Pick<ScenarioStep, 'id' | 'branches'>[]): string[] {
  const byId = new Map(steps.map((step) => [step.id, step]));
  const reached = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const step = byId.get(queue.shift()!);
    for (const branch of step?.branches ?? []) {
      if (!reached.has(branch.to)) {
        reached.add(branch.to);
        queue.push(branch.to);
      }
    }
  }
  const problems: string[] = [];
  for (const step of steps) {
    if (!reached.has(step.id)) problems.push(`Step "${step.id}" can never be reached from "${start}"`);
  }
  const canEnd = new Set(steps.filter((step) => step.branches.length === 0).map((step) => step.id));
  if (canEnd.size === 0) problems.push('No step ends the call');
  let grew = true;
  while (grew) {
    grew = false;
    for (const step of steps) {
      if (!canEnd.has(step.id) && step.branches.some((branch) => canEnd.has(branch.to))) {
        canEnd.add(step.id);
        grew = true;
      }
    }
  }
  for (const step of steps) {
    if (!canEnd.has(step.id)) problems.push(`From step "${step.id}" the call can never end`);
  }
  return problems;
}

export function findStep(scenario: Pick<Scenario, 'steps'>, id: string): ScenarioStep | undefined {
  return scenario.steps.find((step) => step.id === id);
}

export interface ScenarioPeople {
  contactName: string;
  jobTitle: string;
  company: string;
  position: string;
  myName: string;
}

/** Words after which a missing value takes its whole phrase with it ("keen on {{company}}" → "keen"). */
const PREPOSITION = /(?:^|\s)(?:at|on|with|for|from|to|in|of)\s*$/i;

/**
 * Fills a line (or a tip, or a keyword) for the chosen contact. A value that is missing is never
 * replaced by a stand-in ("you", "the company"): the line is rephrased around it. A name said to
 * someone goes with its comma ("Good to hear from you, {{me.name}}." → "Good to hear from you."), a
 * phrase such as "at {{company}}" goes whole, and a word before a noun goes alone ("the {{position}}
 * interviews" → "the interviews"). Nothing shaped like a placeholder is ever left in the text.
 */
export function fillScenarioLine(line: string, people: ScenarioPeople): string {
  const first = people.contactName.trim().split(/\s+/)[0] ?? '';
  const values: Record<string, string> = {
    'contact.firstName': first,
    'contact.name': people.contactName.trim(),
    'contact.jobTitle': people.jobTitle.trim(),
    company: people.company.trim(),
    position: people.position.trim(),
    'me.name': people.myName.trim(),
  };
  let text = line;
  let rephrased = false;
  for (const match of [...findPlaceholders(line)].reverse()) {
    const value = values[match.name] ?? '';
    let before = text.slice(0, match.start);
    let after = text.slice(match.end);
    if (value !== '') {
      text = before + value + after;
      continue;
    }
    rephrased = true;
    const preposition = PREPOSITION.exec(before);
    if (preposition) before = before.slice(0, preposition.index);
    else if (/^\s*([.,!?;:…]|$)/.test(after)) before = before.replace(/,?\s*$/, '');
    else after = after.replace(/^\s+/, before === '' || /\s$/.test(before) ? '' : ' ');
    text = before + after;
  }
  return rephrased ? tidy(text) : text;
}

/** Spaces and commas left by a removed phrase, and a capital letter at the start of a sentence. */
function tidy(text: string): string {
  return text
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([.,!?;:…])/g, '$1')
    .replace(/,([.!?])/g, '$1')
    .replace(/^[,\s]+/, '')
    .replace(/(^|[.!?]\s+)([a-z])/g, (_all, lead: string, letter: string) => lead + letter.toUpperCase());
}

export const PART_NAMES: Record<RoadmapPart, string> = {
  gratitude: 'thanks',
  sincerity: 'still keen',
  connection: 'stay in touch',
};
