import { describePlaceholder, findPlaceholders, PLACEHOLDERS } from '../../core/placeholders';

interface TemplatePlaceholdersProps {
  subject: string;
  body: string;
  /** Adds the list of every placeholder Someday knows, for writing one's own template. */
  showAvailable?: boolean;
}

function isKnown(name: string): boolean {
  return Object.hasOwn(PLACEHOLDERS, name);
}

function formatToken(name: string): string {
  return `{{${name}}}`;
}

function listPlaceholderNames(subject: string, body: string): string[] {
  return [...new Set([...findPlaceholders(subject), ...findPlaceholders(body)].map((match) => match.name))];
}

function AvailablePlaceholders() {
  return (
    <details className="template-placeholder-reference">
      <summary>Placeholders you can use</summary>
      <ul className="template-placeholder-list">
        {Object.keys(PLACEHOLDERS).map((name) => (
          <li key={name}>
            <code className="template-token">{formatToken(name)}</code> {describePlaceholder(name)}
          </li>
        ))}
      </ul>
    </details>
  );
}

export function TemplatePlaceholders({ subject, body, showAvailable = false }: TemplatePlaceholdersProps) {
  const names = listPlaceholderNames(subject, body);
  const known = names.filter(isKnown);
  const unknown = names.filter((name) => !isKnown(name));
  return (
    <section className="template-section" aria-labelledby="template-placeholders-title">
      <h3 id="template-placeholders-title" className="template-section-title">
        Placeholders
      </h3>
      {known.length > 0 ? (
        <ul className="template-placeholder-list" aria-label="Placeholders this template uses">
          {known.map((name) => (
            <li key={name}>
              <code className="template-token">{formatToken(name)}</code> {describePlaceholder(name)}
            </li>
          ))}
        </ul>
      ) : null}
      {names.length === 0 ? (
        <p className="template-muted">None: the text is used exactly as written.</p>
      ) : (
        <p className="template-muted">
          Someday fills these in from the contact and your details; any it cannot fill stay marked in the draft.
        </p>
      )}
      {unknown.length > 0 ? (
        <div className="template-warning">
          <p>
            Someday does not know{' '}
            {unknown.map((name, index) => (
              <span key={name}>
                {index > 0 ? ', ' : null}
                <code className="template-token">{formatToken(name)}</code>
              </span>
            ))}
            , so {unknown.length === 1 ? 'it' : 'they'} will stay in the message as written. Check the spelling
            against the placeholders Someday knows.
          </p>
        </div>
      ) : null}
      {showAvailable ? <AvailablePlaceholders /> : null}
    </section>
  );
}
