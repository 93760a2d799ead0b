import { useRef, useState } from 'react';
import type { MessageTemplate } from '../../core/templates';
import { call } from '../api';
import { ScreenHeader } from '../shell/screen-header';
import { useArrivalHeading } from '../shell/navigation';
import { useAnnounce } from '../shell/status';
import { PlusIcon } from '../ui/icons';
import { useDiscardGuard } from '../ui/discard-changes-dialog';
import { TemplateLibraryList } from './template-library-list';
import { TemplateLibraryMessage } from './template-library-message';
import { TemplatePane } from './template-pane';
import { TemplateProblemsNotice } from './template-problems-notice';
import { buildCopy, parseUserTemplateId, type TemplateFieldName, type TemplateSaveInput } from './template-values';
import { useTemplateLibrary } from './use-template-library';
import './templates.css';

export interface TemplatesScreenProps {
  /** Shows a short confirmation ("Template saved"); defaults to the app's status line. */
  onStatus?: (message: string) => void;
}

type PaneState =
  | { kind: 'closed' }
  | { kind: 'new'; session: number }
  | { kind: 'open'; session: number; template: MessageTemplate; focus: TemplateFieldName | null };

function PanePlaceholder() {
  return (
    <div className="pane pane-placeholder">
      <p className="placeholder-title">Pick a template to read it</p>
      <p className="placeholder-text">
        Built-in templates stay as they are; duplicate one to make it yours, or start a new one of your own.
      </p>
    </div>
  );
}

export function TemplatesScreen({ onStatus }: TemplatesScreenProps) {
  const announce = useAnnounce();
  const report = onStatus ?? announce;
  const headingRef = useArrivalHeading();
  const { library, error, loading, reload, keep, forget } = useTemplateLibrary();
  const [pane, setPane] = useState<PaneState>({ kind: 'closed' });
  const sessionRef = useRef(0);
  const newButtonRef = useRef<HTMLButtonElement>(null);

  const selectedId = pane.kind === 'open' ? pane.template.id : null;

  const { trackUnsaved, afterDiscard, dialog: discardDialog } = useDiscardGuard();

  function openTemplate(template: MessageTemplate, focus: TemplateFieldName | null) {
    sessionRef.current += 1;
    setPane({ kind: 'open', session: sessionRef.current, template, focus });
  }

  function startNew() {
    afterDiscard(false, () => {
      sessionRef.current += 1;
      setPane({ kind: 'new', session: sessionRef.current });
    });
  }

  function select(template: MessageTemplate) {
    if (template.id === selectedId) return;
    afterDiscard(true, () => openTemplate(template, null));
  }

  /** Cancel and Escape are leaving the form: they ask first when something changed, like clicking away. */
  function closePane() {
    const previousId = selectedId;
    afterDiscard(false, () => {
      const row =
        previousId === null ? null : document.querySelector<HTMLElement>(`[data-template-id="${previousId}"]`);
      setPane({ kind: 'closed' });
      (row ?? newButtonRef.current)?.focus();
    });
  }

  async function save(input: TemplateSaveInput): Promise<MessageTemplate> {
    const saved = await call('templates:save', input);
    keep(saved);
    setPane((current) =>
      current.kind === 'closed'
        ? current
        : { kind: 'open', session: current.session, template: saved, focus: null },
    );
    report('Template saved');
    return saved;
  }

  async function duplicate(template: MessageTemplate) {
    const saved = await call('templates:save', buildCopy(template));
    keep(saved);
    openTemplate(saved, 'title');
    report('Copy saved; it’s yours to edit');
  }

  async function remove(template: MessageTemplate) {
    const id = parseUserTemplateId(template.id);
    if (id === null) return;
    await call('templates:delete', { id });
    forget(template.id);
    report('Template deleted');
  }

  function afterDelete() {
    setPane({ kind: 'closed' });
    newButtonRef.current?.focus();
  }

  return (
    <div className="screen templates-screen">
      <ScreenHeader headingRef={headingRef} title="Templates" subtitle={"Starting points for your follow-ups, for every way of reaching someone."}>
        <button type="button" className="button button-primary" ref={newButtonRef} onClick={startNew}>
          <PlusIcon />
          New template
        </button>
      </ScreenHeader>
      {library ? <TemplateProblemsNotice problems={library.problems} /> : null}
      <div className="templates-body">
        <div className="list-panel" aria-busy={loading}>
          {library ? (
            <TemplateLibraryList templates={library.templates} selectedId={selectedId} onSelect={select} />
          ) : (
            <TemplateLibraryMessage error={error} onRetry={reload} />
          )}
        </div>
        {pane.kind === 'closed' ? (
          <PanePlaceholder />
        ) : (
          <TemplatePane
            key={pane.session}
            template={pane.kind === 'open' ? pane.template : null}
            focusOnMount={pane.kind === 'open' ? pane.focus : 'channel'}
            onSave={save}
            onDuplicate={duplicate}
            onCancel={closePane}
            onDelete={remove}
            onDeleted={afterDelete}
            onDirtyChange={trackUnsaved}
          />
        )}
      </div>
      {discardDialog}
    </div>
  );
}
