// The app's own lists (contact statuses, draft channels, interaction kinds and outcomes, reminder steps
// and states), read from the built core (dist/node/core, which `npm run bench` compiles first), so the
// synthetic rows can never drift from what the app and its CHECK constraints accept.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CORE = path.join(ROOT, 'dist/node/core');

function core(name) {
  const file = path.join(CORE, `${name}.js`);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing; build first (npx tsc -p tsconfig.node.json)`);
  return createRequire(import.meta.url)(file);
}

const contacts = core('contacts');
const drafts = core('drafts');
const radar = core('radar');

export const CONTACT_STATUSES = [...contacts.CONTACT_STATUSES];
export const DRAFT_CHANNELS = [...drafts.DRAFT_CHANNELS];
export const INTERACTION_KINDS = [...radar.INTERACTION_KINDS];
export const INTERACTION_OUTCOMES = [...radar.INTERACTION_OUTCOMES];
export const OUTREACH_KINDS = [...radar.OUTREACH_KINDS];
export const REMINDER_STEPS = [...radar.REMINDER_STEPS];
export const REMINDER_STATES = [...radar.REMINDER_STATES];
