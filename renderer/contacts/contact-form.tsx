import {
  CONTACT_LIMITS,
  RELATIONSHIP_LABELS,
  STATUS_LABELS,
  type Contact,
  type ContactFields,
} from '../../core/contacts';
import { useEntityForm } from '../ui/entity-form';
import { FormFooter, FormMessages, InputField, SelectField, TextAreaField, upTo } from '../ui/field';
import { CONTACT_FORM, emptyContactValues, toContactValues } from './contact-values';

interface ContactFormProps {
  contact: Contact | null;
  focusOnMount: boolean;
  onSave: (fields: ContactFields) => Promise<Contact>;
  onCancel: () => void;
  /** Called with a name for the unsaved changes ("Priya Raman", "the new contact"), or null when there are none. */
  onDirtyChange: (name: string | null) => void;
}

export function ContactForm({ contact, focusOnMount, onSave, onCancel, onDirtyChange }: ContactFormProps) {
  const {
    values,
    update,
    fieldProps: text,
    messages,
    saving,
    submit,
  } = useEntityForm({
    model: CONTACT_FORM,
    initial: contact ? toContactValues(contact) : emptyContactValues(),
    focusOnMount: focusOnMount ? 'name' : null,
    onSave,
    toValues: toContactValues,
    describeUnsaved: (current) => (contact ? contact.name : current.name.trim() || 'the new contact'),
    onDirtyChange,
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
        <FormMessages messages={messages} />
      </div>
      <FormFooter saveLabel="Save contact" onCancel={onCancel} />
    </form>
  );
}
