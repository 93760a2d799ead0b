import { useCallback, useEffect, useState } from 'react';
import type { MessageTemplate, TemplateLibrary } from '../../core/templates';
import { call } from '../api';
import { describeError } from '../ui/error-message';
import { upsertTemplate } from './template-groups';

interface LibraryState {
  version: number;
  library: TemplateLibrary | null;
  error: string | null;
}

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
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<LibraryState>({ version: -1, library: null, error: null });

  useEffect(() => {
    let current = true;
    call('templates:list').then(
      (library) => {
        if (current) setState({ version, library, error: null });
      },
      (error: unknown) => {
        if (current) setState((previous) => ({ version, library: previous.library, error: describeError(error) }));
      },
    );
    return () => {
      current = false;
    };
  }, [version]);

  const reload = useCallback(() => setVersion((previous) => previous + 1), []);

  const keep = useCallback((template: MessageTemplate) => {
    setState((previous) =>
      previous.library
        ? { ...previous, library: { ...previous.library, templates: upsertTemplate(previous.library.templates, template) } }
        : previous,
    );
  }, []);

  const forget = useCallback((id: string) => {
    setState((previous) =>
      previous.library
        ? {
            ...previous,
            library: { ...previous.library, templates: previous.library.templates.filter((item) => item.id !== id) },
          }
        : previous,
    );
  }, []);

  return { library: state.library, error: state.error, loading: state.version !== version, reload, keep, forget };
}
