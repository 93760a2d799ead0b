import { useEffect, useState, type FormEvent } from 'react';
import { CHANNEL_TARGETS, DRAFT_CHANNEL_LABELS, DRAFT_LIMITS } from '../../core/drafts';
import { TEMPLATE_LIMITS, type MessageTemplate } from '../../core/templates';
import { ApiCallError } from '../api';
import { describeError } from '../ui/error-message';
import { InputField, SelectField, TextAreaField } from '../ui/field';
import { TemplatePlaceholders } from './template-placeholders';
import {
  describeTarget,
  emptyTemplateValues,
  firstInvalidTemplateField,
  hasSubject,
  sameTemplateValues,
  sortTemplateIssues,
  templateFieldId,
  toTemplateValues,
  parseUserTemplateId,
  validateTemplate,
  type TemplateFieldErrors,
  type TemplateFieldName,
  type TemplateSaveInput,
  type TemplateValues,
} from './template-values';

interface TemplateFormProps {
  template: MessageTemplate | null;
  focusOnMount: TemplateFieldName | null;
  onSave: (input: TemplateSaveInput) => Promise<MessageTemplate>;
  onCancel: () => void;
  /** Called with a name for the unsaved changes, or null when there are none. */
  onDirtyChange: (name: string | null) => void;
}

function upTo(limit: number): string {
  return `Up to ${limit.toLocaleString('en')} characters`;
}

function focusField(field: TemplateFieldName | undefined): void {
  if (field) document.getElementById(templateFieldId(field))?.focus();
}

function describeUnsaved(template: MessageTemplate | null, values: TemplateValues): string {
  if (template) return template.title;
  return values.title.trim() || 'the new template';
}

export function TemplateForm({ template, focusOnMount, onSave, onCancel, onDirtyChange }: TemplateFormProps) {
  const [baseline, setBaseline] = useState<TemplateValues>(() =>
    template ? toTemplateValues(template) : emptyTemplateValues(),
  );
  const [values, setValues] = useState<TemplateValues>(baseline);
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<TemplateFieldErrors>({});
  const [messages, setMessages] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const id = template ? parseUserTemplateId(template.id) : null;

  useEffect(() => {
    if (focusOnMount) focusField(focusOnMount);
  }, [focusOnMount]);

  const unsavedName = sameTemplateValues(values, baseline) ? null : describeUnsaved(template, values);
  useEffect(() => onDirtyChange(unsavedName), [unsavedName, onDirtyChange]);
  useEffect(() => () => onDirtyChange(null), [onDirtyChange]);

  const validation = attempted ? validateTemplate(id, values) : null;
  const localErrors: TemplateFieldErrors = validation && !validation.ok ? validation.fieldErrors : {};
  const errorOf = (field: TemplateFieldName) => localErrors[field] ?? serverErrors[field];

  function update<K extends TemplateFieldName>(field: K, value: TemplateValues[K]) {
    setValues((previous) => ({ ...previous, [field]: value }));
    setServerErrors((previous) => (previous[field] ? { ...previous, [field]: undefined } : previous));
  }

  function showServerError(error: unknown) {
    if (error instanceof ApiCallError && error.issues.length > 0) {
      const sorted = sortTemplateIssues(error.issues);
      const hasFieldErrors = Object.keys(sorted.fieldErrors).length > 0;
      setServerErrors(sorted.fieldErrors);
      setMessages(sorted.otherMessages.length > 0 || hasFieldErrors ? sorted.otherMessages : [error.message]);
      focusField(firstInvalidTemplateField(sorted.fieldErrors));
      return;
    }
    setMessages([describeError(error)]);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    setAttempted(true);
    const result = validateTemplate(id, values);
    if (!result.ok) {
      setMessages(result.otherMessages);
      focusField(firstInvalidTemplateField(result.fieldErrors));
      return;
    }
    setSaving(true);
    setServerErrors({});
    setMessages([]);
    try {
      const saved = await onSave(result.input);
      setValues(toTemplateValues(saved));
      setBaseline(toTemplateValues(saved));
      setAttempted(false);
    } catch (error) {
      showServerError(error);
    } finally {
      setSaving(false);
    }
  }

  const field = (name: TemplateFieldName, label: string, hint: string) => ({
    id: templateFieldId(name),
    label,
    hint,
    error: errorOf(name),
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
        <div className="form-alert" role="alert">
          {messages.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      </div>
      <div className="form-footer">
        <button type="submit" className="button button-primary">
          Save template
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
