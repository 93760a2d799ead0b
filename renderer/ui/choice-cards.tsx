/** One option of a choice-card group: its value, its label and, when it needs one, a line saying what it does. */
export interface ChoiceCard<V extends string> {
  value: V;
  label: string;
  hint?: string;
}

interface ChoiceCardsProps<V extends string> {
  /** The radio group's name, and the start of every id inside it. */
  name: string;
  legend: string;
  value: V;
  choices: readonly ChoiceCard<V>[];
  onChange: (value: V) => void;
  /** Shown under the cards and read out as it appears. */
  error?: string | null | undefined;
}

/** A radio group drawn as cards side by side (the whole card picks it), as the settings use for a few choices. */
export function ChoiceCards<V extends string>({ name, legend, value, choices, onChange, error }: ChoiceCardsProps<V>) {
  const errorId = `${name}-error`;
  return (
    <fieldset className="choice-group" aria-describedby={error ? errorId : undefined}>
      <legend className="settings-label">{legend}</legend>
      {choices.map((choice) => {
        const id = `${name}-${choice.value}`;
        return (
          <div key={choice.value} className="choice" data-checked={choice.value === value ? 'true' : undefined}>
            <input
              id={id}
              type="radio"
              name={name}
              value={choice.value}
              checked={choice.value === value}
              onChange={() => onChange(choice.value)}
              aria-describedby={choice.hint ? `${id}-hint` : undefined}
            />
            <span className="choice-text">
              <label className="choice-label" htmlFor={id}>
                {choice.label}
              </label>
              {choice.hint ? (
                <span className="choice-hint" id={`${id}-hint`}>
                  {choice.hint}
                </span>
              ) : null}
            </span>
          </div>
        );
      })}
      <p className="field-error" id={errorId} role="alert">
        {error}
      </p>
    </fieldset>
  );
}
