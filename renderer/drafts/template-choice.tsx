import type { MessageTemplate, TemplateProblem } from '../../core/templates';

interface TemplateChoiceProps {
  templates: MessageTemplate[];
  value: string;
  blankValue: string;
  loading: boolean;
  problems: TemplateProblem[];
  /** The template the contact's next step calls for: marked as such. */
  suggestedId: string | null;
  onChange: (templateId: string) => void;
}

function Option({
  value,
  title,
  purpose,
  checked,
  suggested = false,
  onChange,
}: {
  value: string;
  title: string;
  purpose: string;
  checked: boolean;
  suggested?: boolean;
  onChange: (value: string) => void;
}) {
  const id = `template-${value.replace(/[^a-z0-9-]/gi, '-')}`;
  return (
    <div className="choice template-option" data-checked={checked ? 'true' : undefined}>
      <input
        id={id}
        type="radio"
        name="new-draft-template"
        value={value}
        checked={checked}
        onChange={() => onChange(value)}
        aria-describedby={`${id}-purpose`}
      />
      <span className="choice-text">
        <label className="choice-label" htmlFor={id}>
          {title}
        </label>
        <span className="choice-hint" id={`${id}-purpose`}>
          {suggested ? <strong className="template-suggested">Their next step. </strong> : null}
          {purpose}
        </span>
      </span>
    </div>
  );
}

export function TemplateChoice({
  templates,
  value,
  blankValue,
  loading,
  problems,
  suggestedId,
  onChange,
}: TemplateChoiceProps) {
  return (
    <fieldset className="template-group">
      <legend className="field-label">Start from</legend>
      {loading ? <p className="field-hint">Loading templates…</p> : null}
      <div className="template-options">
        {templates.map((template) => (
          <Option
            key={template.id}
            value={template.id}
            title={template.title}
            purpose={template.purpose}
            checked={value === template.id}
            suggested={template.id === suggestedId}
            onChange={onChange}
          />
        ))}
        <Option
          value={blankValue}
          title="Blank"
          purpose="An empty page; the coach still guides you."
          checked={value === blankValue}
          onChange={onChange}
        />
      </div>
      {problems.length > 0 ? (
        <p className="field-hint template-problems">
          {problems.length === 1
            ? `One built-in template could not be read (${problems[0]?.file}).`
            : `${problems.length} built-in templates could not be read.`}
        </p>
      ) : null}
    </fieldset>
  );
}
