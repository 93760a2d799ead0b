import { useCallback } from 'react';
import type { MessageTemplate, TemplateLibrary } from '../../core/templates';
import { useApiCache, useApiRead } from '../ui/use-api';
import { upsertTemplate } from './template-groups';

export interface TemplateLibraryState {
  library: TemplateLibrary | null;
  error: string | null;
  loading: boolean;
  reload: () => void;
  /** Puts a saved template into the loaded library without asking main again. */
  keep: (template: MessageTemplate) => void;
  forget: (id: string) => void;
}

export function useTemplateLibrary(): TemplateLibraryState {
  const { data, error, loading, reload } = useApiRead('templates:list', undefined, { keepPrevious: true });
  const update = useApiCache();

  const keep = useCallback(
    (template: MessageTemplate) =>
      update('templates:list', undefined, (library) => ({
        ...library,
        templates: upsertTemplate(library.templates, template),
      })),
    [update],
  );

  const forget = useCallback(
    (id: string) =>
      update('templates:list', undefined, (library) => ({
        ...library,
        templates: library.templates.filter((item) => item.id !== id),
      })),
    [update],
  );

  return { library: data, error, loading, reload, keep, forget };
}
