import type { Db } from '../connection';

/**
 * Rehearsals of the follow-up call (issue 4). A rehearsal belongs to a contact and goes when the
 * contact goes; the draft used as the script is optional and may be deleted without losing the
 * rehearsal. Turns go with their rehearsal. A turn's recording is a file in <dataDir>/recordings/
 * named by the turn, so only its type and size are stored here.
 */
export function migration004Rehearsals(db: Db): void {
  db.exec(`
    CREATE TABLE rehearsals (
      id INTEGER PRIMARY KEY,
      contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
      draft_id INTEGER REFERENCES drafts (id) ON DELETE SET NULL,
      scenario_id TEXT NOT NULL CHECK (length(scenario_id) BETWEEN 1 AND 80),
      scenario_title TEXT NOT NULL,
      rung TEXT NOT NULL CHECK (rung IN ('script','cues','none')),
      status TEXT NOT NULL DEFAULT 'in-progress' CHECK (status IN ('in-progress','finished')),
      current_step TEXT NOT NULL,
      coverage REAL CHECK (coverage IS NULL OR coverage BETWEEN 0 AND 1),
      talk_seconds REAL NOT NULL DEFAULT 0 CHECK (talk_seconds >= 0),
      words_per_minute INTEGER,
      review TEXT,
      created_at TEXT NOT NULL,
      finished_at TEXT
    ) STRICT;
    CREATE INDEX rehearsals_by_contact ON rehearsals (contact_id, created_at DESC);
    CREATE INDEX rehearsals_by_created ON rehearsals (created_at DESC);
    CREATE INDEX rehearsals_by_draft ON rehearsals (draft_id);

    CREATE TABLE rehearsal_turns (
      id INTEGER PRIMARY KEY,
      rehearsal_id INTEGER NOT NULL REFERENCES rehearsals (id) ON DELETE CASCADE,
      position INTEGER NOT NULL CHECK (position >= 1),
      step_id TEXT NOT NULL,
      line TEXT NOT NULL,
      answer TEXT NOT NULL,
      mode TEXT NOT NULL CHECK (mode IN ('typed','spoken')),
      talk_seconds REAL NOT NULL CHECK (talk_seconds >= 0),
      review TEXT NOT NULL,
      recording_type TEXT CHECK (recording_type IS NULL OR recording_type IN ('audio/webm','audio/ogg','audio/mp4','audio/wav')),
      recording_bytes INTEGER CHECK (recording_bytes IS NULL OR recording_bytes > 0),
      created_at TEXT NOT NULL,
      UNIQUE (rehearsal_id, position)
    ) STRICT;
  `);
}
