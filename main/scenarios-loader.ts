/**
 * Reads the rehearsal scenarios from templates/scenarios/*.json (resources/templates/scenarios when
 * packaged). Each file is parsed as JSON (never evaluated) and checked with the zod schema in
 * core/scenarios.ts, which also walks the branches (every step reachable, every step can end). A
 * broken file becomes one problem naming the file; the others still load.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ScenarioFileSchema, type Scenario, type ScenarioLibrary, type ScenarioProblem } from '../core/scenarios';

export const SCENARIO_FILE_LIMIT_BYTES = 64 * 1024;
const FILE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function scenariosDir(templatesDir: string): string {
  return path.join(templatesDir, 'scenarios');
}

export function loadScenarioLibrary(dir: string): ScenarioLibrary {
  const folder = path.resolve(dir);
  let names: string[];
  try {
    names = fs
      .readdirSync(folder)
      .filter((name) => name.toLowerCase().endsWith('.json'))
      .sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code ?? 'unknown error';
    return {
      scenarios: [],
      problems: [{ file: folder, message: `The scenarios folder ${folder} could not be read (${code})` }],
    };
  }
  const scenarios: Scenario[] = [];
  const problems: ScenarioProblem[] = [];
  for (const name of names) {
    const result = readScenarioFile(folder, name);
    if ('scenario' in result) scenarios.push(result.scenario);
    else problems.push({ file: name, message: `${name}: ${result.problem}` });
  }
  scenarios.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return { scenarios, problems };
}

function readScenarioFile(folder: string, name: string): { scenario: Scenario } | { problem: string } {
  const id = name.slice(0, -'.json'.length);
  if (!name.endsWith('.json') || !FILE_ID.test(id) || id.length > 80) {
    return {
      problem: 'the file name must be lower-case words joined by hyphens, ending in .json (like warm-pickup.json)',
    };
  }
  let bytes: Buffer;
  try {
    const file = path.join(folder, name);
    if (!fs.statSync(file).isFile()) return { problem: 'it is not a file' };
    bytes = fs.readFileSync(file);
  } catch (error) {
    return { problem: `the file could not be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})` };
  }
  if (bytes.length > SCENARIO_FILE_LIMIT_BYTES) {
    return { problem: `the file is larger than ${SCENARIO_FILE_LIMIT_BYTES / 1024} KB` };
  }
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    return { problem: `it is not valid JSON (${error instanceof Error ? error.message : 'unreadable'})` };
  }
  const parsed = ScenarioFileSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    const where = first.path.length > 0 ? ` (at ${first.path.join('.')})` : '';
    const more = parsed.error.issues.length > 1 ? ` and ${parsed.error.issues.length - 1} more problem(s)` : '';
    return { problem: `${first.message}${where}${more}` };
  }
  return { scenario: { id, ...parsed.data } };
}
