import type { Db } from '../connection';

export function migration002Drafts(db: Db): void {
  db.exec(`
    ALTER TABLE contacts ADD COLUMN highlight TEXT NOT NULL DEFAULT '';

    CREATE TABLE drafts (
      id INTEGER PRIMARY KEY,
      contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
      channel TEXT NOT NULL CHECK (channel IN ('call','voicemail','email','linkedin','letter')),
      title TEXT NOT NULL DEFAULT '',
      subject TEXT NOT NULL DEFAULT '',
      body TEXT NOT NULL DEFAULT '',
      template_id TEXT,
      status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','ready','sent')),
      sent_on TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX drafts_by_contact ON drafts (contact_id, updated_at DESC);
    CREATE INDEX drafts_by_updated ON drafts (updated_at DESC);

    CREATE TABLE draft_revisions (
      id INTEGER PRIMARY KEY,
      draft_id INTEGER NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
      subject TEXT NOT NULL,
      body TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX draft_revisions_by_draft ON draft_revisions (draft_id, id DESC);

    CREATE VIRTUAL TABLE drafts_fts USING fts5(
      title, subject, body,
      content = 'drafts', content_rowid = 'id',
      tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER drafts_fts_insert AFTER INSERT ON drafts BEGIN
      INSERT INTO drafts_fts (rowid, title, subject, body) VALUES (new.id, new.title, new.subject, new.body);
    END;
    CREATE TRIGGER drafts_fts_delete AFTER DELETE ON drafts BEGIN
      INSERT INTO drafts_fts (drafts_fts, rowid, title, subject, body)
      VALUES ('delete', old.id, old.title, old.subject, old.body);
    END;
    CREATE TRIGGER drafts_fts_update AFTER UPDATE OF title, subject, body ON drafts BEGIN
      INSERT INTO drafts_fts (drafts_fts, rowid, title, subject, body)
      VALUES ('delete', old.id, old.title, old.subject, old.body);
      INSERT INTO drafts_fts (rowid, title, subject, body) VALUES (new.id, new.title, new.subject, new.body);
    END;

    CREATE TABLE user_templates (
      id INTEGER PRIMARY KEY,
      channel TEXT NOT NULL CHECK (channel IN ('call','voicemail','email','linkedin','letter')),
      title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
      purpose TEXT NOT NULL DEFAULT '',
      subject TEXT NOT NULL DEFAULT '',
      body TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
  `);
}
