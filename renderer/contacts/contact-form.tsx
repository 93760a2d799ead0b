import { useEffect, useState, type FormEvent } from 'react';
import {
  CONTACT_LIMITS,
  RELATIONSHIP_LABELS,
  STATUS_LABELS,
  type Contact,
  type ContactFields,
} from '../../core/contacts';
import { ApiCallError } from '../api';
import { describeError } from '../ui/error-message';
import { InputField, SelectField, TextAreaField } from '../ui/field';
import {
  emptyContactValues,
  fieldId,
  firstInvalidField,
  sameContactValues,
  sortIssues,
  toContactValues,
  validateContact,
  type ContactFieldName,
  type ContactValues,
  type FieldErrors,
} from './contact-values';

interface ContactFormProps {
  contact: Contact | null;
  focusOnMount: boolean;
  onSave: (fields: ContactFields) => Promise<Contact>;
  onCancel: () => void;
  /** Called with a name for the unsaved changes ("Priya Raman", "the new contact"), or null when there are none. */
  onDirtyChange: (name: string | null) => void;
}

function upTo(limit: number): string {
  return `Up to ${limit.toLocaleString('en')} characters`;
}

function focusField(field: ContactFieldName | undefined): void {
  if (field) document.getElementById(fieldId(field))?.focus();
}

function describeUnsaved(contact: Contact | null, values: ContactValues): string {
  if (contact) return contact.name;
  return values.name.trim() || 'the new contact';
}

export function ContactForm({ contact, focusOnMount, onSave, onCancel, onDirtyChange }: ContactFormProps) {
  const [baseline, setBaseline] = useState<ContactValues>(() =>
    contact ? toContactValues(contact) : emptyContactValues(),
  );
  const [values, setValues] = useState<ContactValues>(baseline);
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [messages, setMessages] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (focusOnMount) focusField('name');
  }, [focusOnMount]);

  const unsavedName = sameContactValues(values, baseline) ? null : describeUnsaved(contact, values);
  useEffect(() => onDirtyChange(unsavedName), [unsavedName, onDirtyChange]);
  useEffect(() => () => onDirtyChange(null), [onDirtyChange]);

  const validation = attempted ? validateContact(values) : null;
  const localErrors: FieldErrors = validation && !validation.ok ? validation.fieldErrors : {};
  const errorOf = (field: ContactFieldName) => localErrors[field] ?? serverErrors[field];

  function update<K extends ContactFieldName>(field: K, value: ContactValues[K]) {
    setValues((previous) => ({ ...previous, [field]: value }));
    setServerErrors((previous) => (previous[field] ? { ...previous, [field]: undefined } : previous));
  }

  function showServerError(error: unknown) {
    if (error instanceof ApiCallError && error.issues.length > 0) {
      const sorted = sortIssues(error.issues);
      const hasFieldErrors = Object.keys(sorted.fieldErrors).length > 0;
      setServerErrors(sorted.fieldErrors);
      setMessages(sorted.otherMessages.length > 0 || hasFieldErrors ? sorted.otherMessages : [error.message]);
      focusField(firstInvalidField(sorted.fieldErrors));
      return;
    }
    setMessages([describeError(error)]);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    setAttempted(true);
    const result = validateContact(values);
    if (!result.ok) {
      setMessages(result.otherMessages);
      focusField(firstInvalidField(result.fieldErrors));
      return;
    }
    setSaving(true);
    setServerErrors({});
    setMessages([]);
    try {
      const saved = await onSave(result.fields);
      setValues(toContactValues(saved));
      setBaseline(toContactValues(saved));
      setAttempted(false);
    } catch (error) {
      showServerError(error);
    } finally {
      setSaving(false);
    }
  }

  const text = (field: ContactFieldName, label: string, hint: string) => ({
    id: fieldId(field),
    label,
    hint,
    error: errorOf(field),
  });

  return (
    <form className="contact-form" noValidate onSubmit={submit} aria-labelledby="pane-title" aria-busy={saving}>
      <div className="form-body">
        <fieldset className="form-section">
          <legend className="form-legend">About them</legend>
          <div className="form-grid">
            <InputField
              {...text('name', 'Name', `Required. ${upTo(CONTACT_LIMITS.name)}`)}
              required
              wide
              autoComplete="off"
              value={values.name}
              onChange={(value) => update('name', value)}
            />
            <InputField
              {...text('jobTitle', 'Job title', upTo(CONTACT_LIMITS.jobTitle))}
              value={values.jobTitle}
              onChange={(value) => update('jobTitle', value)}
            />
            <InputField
              {...text('company', 'Company', upTo(CONTACT_LIMITS.company))}
              value={values.company}
              onChange={(value) => update('company', value)}
            />
            <SelectField
              {...text('relationship', 'Relationship', 'Their part in the decision')}
              wide
              value={values.relationship}
              options={RELATIONSHIP_LABELS}
              onChange={(value) => update('relationship', value)}
            />
          </div>
        </fieldset>
        <fieldset className="form-section">
          <legend className="form-legend">How to reach them</legend>
          <div className="form-grid">
            <InputField
              {...text('email', 'Email', upTo(CONTACT_LIMITS.email))}
              type="email"
              wide
              value={values.email}
              onChange={(value) => update('email', value)}
            />
            <InputField
              {...text('phone', 'Phone', upTo(CONTACT_LIMITS.phone))}
              type="tel"
              wide
              value={values.phone}
              onChange={(value) => update('phone', value)}
            />
            <InputField
              {...text(
                'linkedinUrl',
                'LinkedIn URL',
                `An https://…linkedin.com address. ${upTo(CONTACT_LIMITS.linkedinUrl)}`,
              )}
              type="url"
              wide
              value={values.linkedinUrl}
              onChange={(value) => update('linkedinUrl', value)}
            />
          </div>
        </fieldset>
        <fieldset className="form-section">
          <legend className="form-legend">The role and where things stand</legend>
          <div className="form-grid">
            <InputField
              {...text('position', 'Position applied for', upTo(CONTACT_LIMITS.position))}
              wide
              value={values.position}
              onChange={(value) => update('position', value)}
            />
            <SelectField
              {...text('status', 'Status', 'Sets the suggested next step')}
              wide
              value={values.status}
              options={STATUS_LABELS}
              onChange={(value) => update('status', value)}
            />
            <InputField
              {...text('interviewDate', 'Interview date', 'Your last interview')}
              type="date"
              value={values.interviewDate}
              onChange={(value) => update('interviewDate', value)}
            />
            <InputField
              {...text('decisionDate', 'Decision date', 'When they told you')}
              type="date"
              value={values.decisionDate}
              onChange={(value) => update('decisionDate', value)}
            />
            <TextAreaField
              {...text(
                'highlight',
                'Interview highlight',
                `One specific thing to thank them for (up to ${CONTACT_LIMITS.highlight} characters)`,
              )}
              wide
              compact
              rows={2}
              value={values.highlight}
              onChange={(value) => update('highlight', value)}
            />
          </div>
        </fieldset>
        <div className="form-section">
          <TextAreaField
            {...text('notes', 'Notes', `What you talked about, what they cared about. ${upTo(CONTACT_LIMITS.notes)}`)}
            wide
            rows={6}
            value={values.notes}
            onChange={(value) => update('notes', value)}
          />
        </div>
        <div className="form-alert" role="alert">
          {messages.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      </div>
      <div className="form-footer">
        <button type="submit" className="button button-primary">
          Save contact
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
