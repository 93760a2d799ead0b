import { findPlaceholders } from '../../core/placeholders';
import type { MessageTemplate } from '../../core/templates';
import { TemplatePlaceholders } from './template-placeholders';
import { hasSubject } from './template-values';

interface Segment {
  text: string;
  placeholder: boolean;
}

function splitPlaceholders(text: string): Segment[] {
  const segments: Segment[] = [];
  let position = 0;
  for (const match of findPlaceholders(text)) {
    if (match.start > position) segments.push({ text: text.slice(position, match.start), placeholder: false });
    segments.push({ text: match.text, placeholder: true });
    position = match.end;
  }
  if (position < text.length) segments.push({ text: text.slice(position), placeholder: false });
  return segments;
}

function TemplateText({ text, className }: { text: string; className: string }) {
  return (
    <p className={className}>
      {splitPlaceholders(text).map((segment, index) =>
        segment.placeholder ? (
          <span key={index} className="template-text-token">
            {segment.text}
          </span>
        ) : (
          segment.text
        ),
      )}
    </p>
  );
}

export function BuiltinTemplateView({ template }: { template: MessageTemplate }) {
  const subject = hasSubject(template.channel) ? template.subject : null;
  return (
    <div className="template-read" tabIndex={0} role="region" aria-label="Read-only template">
      <p className="template-muted">
        Built-in templates stay as they are. Duplicate this one to change it; the copy is yours to edit.
      </p>
      {subject !== null ? (
        <section className="template-section" aria-labelledby="template-read-subject">
          <h3 id="template-read-subject" className="template-section-title">
            Subject
          </h3>
          <TemplateText className="template-subject" text={subject} />
        </section>
      ) : null}
      <section className="template-section" aria-labelledby="template-read-text">
        <h3 id="template-read-text" className="template-section-title">
          Text
        </h3>
        <TemplateText className="template-text" text={template.body} />
      </section>
      <TemplatePlaceholders subject={subject ?? ''} body={template.body} />
    </div>
  );
}
