import { AppError } from '../../core/api-result';
import type { MessageTemplate } from '../../core/templates';
import {
  deleteUserTemplate,
  getUserTemplate,
  listUserTemplates,
  saveUserTemplate,
} from '../db/user-templates-repository';
import { loadTemplateLibrary } from '../templates-loader';
import type { HandlerContext, HandlerSlice } from './handler-types';

/** Finds a built-in ("builtin:<file>") or a person's own ("user:<id>") template. */
export function findTemplate(ctx: HandlerContext, id: string): MessageTemplate {
  if (id.startsWith('user:')) return getUserTemplate(ctx.db, Number(id.slice('user:'.length)));
  const builtin = loadTemplateLibrary(ctx.templatesDir).templates.find((template) => template.id === id);
  if (!builtin) throw new AppError('not-found', `No built-in template "${id.slice('builtin:'.length)}".`);
  return builtin;
}

export const templateHandlers = {
  'templates:list': (_input, { db, templatesDir }) => {
    const builtin = loadTemplateLibrary(templatesDir);
    return { templates: [...builtin.templates, ...listUserTemplates(db)], problems: builtin.problems };
  },
  'templates:save': (input, { db, now }) => saveUserTemplate(db, input, now().toISOString()),
  'templates:delete': ({ id }, { db }) => {
    deleteUserTemplate(db, id);
    return { id };
  },
} satisfies HandlerSlice;
