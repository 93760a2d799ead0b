import { useState } from 'react';
import { DRAFT_CHANNEL_LABELS } from '../../core/drafts';
import type { MessageTemplate } from '../../core/templates';
import { cancelOnEscape } from '../ui/entity-form';
import { describeError } from '../ui/error-message';
import { BuiltinTemplateView } from './builtin-template-view';
import { DeleteTemplateDialog } from './delete-template-dialog';
import { TemplateForm } from './template-form';
import { TemplateSourceTag } from './template-source-tag';
import { describeTarget, type TemplateFieldName, type TemplateSaveInput } from './template-values';

interface TemplatePaneProps {
  template: MessageTemplate | null;
  focusOnMount: TemplateFieldName | null;
  onSave: (input: TemplateSaveInput) => Promise<MessageTemplate>;
  onDuplicate: (template: MessageTemplate) => Promise<void>;
  onCancel: () => void;
  onDelete: (template: MessageTemplate) => Promise<void>;
  onDeleted: () => void;
  onDirtyChange: (name: string | null) => void;
}

interface PaneHeaderProps {
  template: MessageTemplate | null;
  duplicating: boolean;
  onDuplicate: (template: MessageTemplate) => void;
  onDelete: (template: MessageTemplate) => Promise<void>;
  onDeleted: () => void;
}

function PaneActions({ template, duplicating, onDuplicate, onDelete, onDeleted }: PaneHeaderProps & {
  template: MessageTemplate;
}) {
  if (template.source === 'builtin') {
    return (
      <button type="button" className="button" aria-busy={duplicating} onClick={() => onDuplicate(template)}>
        Duplicate to edit
      </button>
    );
  }
  return <DeleteTemplateDialog template={template} onConfirm={() => onDelete(template)} onDeleted={onDeleted} />;
}

function PaneHeader(props: PaneHeaderProps) {
  const { template } = props;
  if (!template) {
    return (
      <div className="pane-header">
        <h2 id="template-pane-title" className="pane-title">
          New template
        </h2>
        <p className="pane-subtitle">A message of your own to start drafts from.</p>
      </div>
    );
  }
  return (
    <div className="pane-header">
      <div className="pane-title-row">
        <h2 id="template-pane-title" className="pane-title">
          {template.title}
        </h2>
        <div className="pane-actions">
          <PaneActions {...props} template={template} />
        </div>
      </div>
      {template.purpose ? <p className="pane-subtitle">{template.purpose}</p> : null}
      <p className="pane-meta">
        <TemplateSourceTag source={template.source} />
        <span>{DRAFT_CHANNEL_LABELS[template.channel]}</span>
        <span className="template-muted">Aim for {describeTarget(template.target)}</span>
      </p>
    </div>
  );
}

export function TemplatePane({
  template,
  focusOnMount,
  onSave,
  onDuplicate,
  onCancel,
  onDelete,
  onDeleted,
  onDirtyChange,
}: TemplatePaneProps) {
  const [actionError, setActionError] = useState<string | null>(null);
  const [duplicating, setDuplicating] = useState(false);

  async function duplicate(source: MessageTemplate) {
    if (duplicating) return;
    setDuplicating(true);
    setActionError(null);
    try {
      await onDuplicate(source);
    } catch (error) {
      setActionError(describeError(error));
    } finally {
      setDuplicating(false);
    }
  }

  return (
    <section className="pane template-pane" aria-labelledby="template-pane-title" onKeyDown={cancelOnEscape(onCancel)}>
      <PaneHeader
        template={template}
        duplicating={duplicating}
        onDuplicate={(source) => void duplicate(source)}
        onDelete={onDelete}
        onDeleted={onDeleted}
      />
      <div className="pane-alert" role="alert">
        {actionError}
      </div>
      {template?.source === 'builtin' ? (
        <BuiltinTemplateView template={template} />
      ) : (
        <TemplateForm
          template={template}
          focusOnMount={focusOnMount}
          onSave={onSave}
          onCancel={onCancel}
          onDirtyChange={onDirtyChange}
        />
      )}
    </section>
  );
}
