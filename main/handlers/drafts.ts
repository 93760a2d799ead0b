import { AppError } from '../../core/api-result';
import { DRAFT_CHANNEL_LABELS } from '../../core/drafts';
import { fillPlaceholders, placeholderValues } from '../../core/placeholders';
import { getContact } from '../db/contacts-repository';
import {
  createDraft,
  deleteDraft,
  getDraft,
  listDrafts,
  listRevisions,
  restoreRevision,
  saveDraftText,
  setDraftStatus,
} from '../db/drafts-repository';
import { getSettings } from '../db/settings-repository';
import { findTemplate } from './templates';
import type { HandlerSlice } from './handler-types';

export const draftHandlers = {
  'drafts:list': (query, { db }) => listDrafts(db, query),
  'drafts:get': ({ id }, { db }) => getDraft(db, id),
  'drafts:create': ({ contactId, channel, templateId }, ctx) => {
    const contact = getContact(ctx.db, contactId);
    const template = templateId === null ? null : findTemplate(ctx, templateId);
    if (template && template.channel !== channel) {
      throw new AppError(
        'invalid-input',
        `"${template.title}" is a ${DRAFT_CHANNEL_LABELS[template.channel]} template, not a ${DRAFT_CHANNEL_LABELS[channel]} one.`,
      );
    }
    const values = placeholderValues(contact, getSettings(ctx.db));
    const title = template
      ? `${template.title} for ${contact.name}`
      : `${DRAFT_CHANNEL_LABELS[channel]} for ${contact.name}`;
    return createDraft(
      ctx.db,
      {
        contactId,
        channel,
        title: title.slice(0, 120),
        subject: template && channel === 'email' ? fillPlaceholders(template.subject, values) : '',
        body: template ? fillPlaceholders(template.body, values) : '',
        templateId,
      },
      ctx.now().toISOString(),
    );
  },
  'drafts:save': ({ id, title, subject, body, checkpoint }, { db, now }) =>
    saveDraftText(db, id, { title, subject, body, checkpoint }, now()),
  'drafts:set-status': ({ id, status, sentOn }, { db, now }) =>
    setDraftStatus(db, id, status, sentOn, now().toISOString()),
  'drafts:delete': ({ id }, { db }) => {
    deleteDraft(db, id);
    return { id };
  },
  'drafts:revisions': ({ id }, { db }) => listRevisions(db, id),
  'drafts:restore-revision': ({ draftId, revisionId }, { db, now }) => restoreRevision(db, draftId, revisionId, now()),
} satisfies HandlerSlice;
