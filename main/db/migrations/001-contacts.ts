import type { Db } from '../connection';

export function migration001Contacts(db: Db): void {
  db.exec(`
    CREATE TABLE contacts (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
      job_title TEXT NOT NULL DEFAULT '',
      company TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      linkedin_url TEXT NOT NULL DEFAULT '',
      relationship TEXT NOT NULL CHECK (relationship IN ('hiring-manager','recruiter','interviewer','referrer','other')),
      position TEXT NOT NULL DEFAULT '',
      interview_date TEXT,
      decision_date TEXT,
      status TEXT NOT NULL CHECK (status IN ('rejected','thanked','interest-restated','on-radar','re-engaged','do-not-contact')),
      notes TEXT NOT NULL DEFAULT '',
      next_step_at TEXT,
      archived_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE INDEX contacts_by_name ON contacts (archived_at IS NOT NULL, name COLLATE NOCASE);
    CREATE INDEX contacts_by_next_step ON contacts (archived_at IS NOT NULL, next_step_at);
    CREATE INDEX contacts_by_status ON contacts (status);

    CREATE VIRTUAL TABLE contacts_fts USING fts5(
      name, company, job_title, position, notes,
      content = 'contacts', content_rowid = 'id',
      tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts BEGIN
      INSERT INTO contacts_fts (rowid, name, company, job_title, position, notes)
      VALUES (new.id, new.name, new.company, new.job_title, new.position, new.notes);
    END;
    CREATE TRIGGER contacts_fts_delete AFTER DELETE ON contacts BEGIN
      INSERT INTO contacts_fts (contacts_fts, rowid, name, company, job_title, position, notes)
      VALUES ('delete', old.id, old.name, old.company, old.job_title, old.position, old.notes);
    END;
    CREATE TRIGGER contacts_fts_update AFTER UPDATE ON contacts BEGIN
      INSERT INTO contacts_fts (contacts_fts, rowid, name, company, job_title, position, notes)
      VALUES ('delete', old.id, old.name, old.company, old.job_title, old.position, old.notes);
      INSERT INTO contacts_fts (rowid, name, company, job_title, position, notes)
      VALUES (new.id, new.name, new.company, new.job_title, new.position, new.notes);
    END;

    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
  `);
}
