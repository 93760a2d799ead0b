import { useMemo } from 'react';
import { CHANNEL_TARGETS, DRAFT_CHANNEL_LABELS, DRAFT_LIMITS } from '../../core/drafts';
import { TEMPLATE_LIMITS, type MessageTemplate } from '../../core/templates';
import { useEntityForm } from '../ui/entity-form';
import { FormFooter, FormMessages, InputField, SelectField, TextAreaField, upTo } from '../ui/field';
import { TemplatePlaceholders } from './template-placeholders';
import {
  describeTarget,
  emptyTemplateValues,
  hasSubject,
  parseUserTemplateId,
  templateForm,
  toTemplateValues,
  type TemplateFieldName,
  type TemplateSaveInput,
} from './template-values';

interface TemplateFormProps {
  template: MessageTemplate | null;
  focusOnMount: TemplateFieldName | null;
  onSave: (input: TemplateSaveInput) => Promise<MessageTemplate>;
  onCancel: () => void;
  /** Called with a name for the unsaved changes, or null when there are none. */
  onDirtyChange: (name: string | null) => void;
}

export function TemplateForm({ template, focusOnMount, onSave, onCancel, onDirtyChange }: TemplateFormProps) {
  const id = template ? parseUserTemplateId(template.id) : null;
  const model = useMemo(() => templateForm(id), [id]);
  const {
    values,
    update,
    fieldProps: field,
    messages,
    saving,
    submit,
  } = useEntityForm({
    model,
    initial: template ? toTemplateValues(template) : emptyTemplateValues(),
    focusOnMount,
    onSave,
    toValues: toTemplateValues,
    describeUnsaved: (current) => (template ? template.title : current.title.trim() || 'the new template'),
    onDirtyChange,
  });
  const subjectShown = hasSubject(values.channel);

  return (
    <form
      className="template-form"
      noValidate
      onSubmit={submit}
      aria-labelledby="template-pane-title"
      aria-busy={saving}
    >
      <div className="form-body">
        <div className="form-grid">
          <SelectField
            {...field('channel', 'Channel', 'Where the message goes; it sets the length to aim for')}
            wide
            value={values.channel}
            options={DRAFT_CHANNEL_LABELS}
            onChange={(value) => update('channel', value)}
          />
          <InputField
            {...field('title', 'Title', `Required. ${upTo(TEMPLATE_LIMITS.title)}`)}
            required
            wide
            value={values.title}
            onChange={(value) => update('title', value)}
          />
          <TextAreaField
            {...field('purpose', 'Purpose', `When to use it. ${upTo(TEMPLATE_LIMITS.purpose)}`)}
            wide
            rows={2}
            value={values.purpose}
            onChange={(value) => update('purpose', value)}
          />
          {subjectShown ? (
            <InputField
              {...field('subject', 'Subject', `Placeholders work here too. ${upTo(DRAFT_LIMITS.subject)}`)}
              wide
              value={values.subject}
              onChange={(value) => update('subject', value)}
            />
          ) : null}
          <TextAreaField
            {...field(
              'body',
              'Text',
              `Required. Aim for ${describeTarget(CHANNEL_TARGETS[values.channel])}. ${upTo(DRAFT_LIMITS.body)}`,
            )}
            wide
            rows={12}
            value={values.body}
            onChange={(value) => update('body', value)}
          />
        </div>
        <TemplatePlaceholders subject={subjectShown ? values.subject : ''} body={values.body} showAvailable />
        <FormMessages messages={messages} />
      </div>
      <FormFooter saveLabel="Save template" onCancel={onCancel} />
    </form>
  );
}
