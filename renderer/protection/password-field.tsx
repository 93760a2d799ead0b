import { describedBy, FieldFrame } from '../ui/field';

interface PasswordFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  autoFocus?: boolean;
  autoComplete?: 'current-password' | 'new-password' | 'off';
}

/** A passphrase or recovery-code field: never echoed, never spell-checked (which would send it nowhere, but show it). */
export function PasswordField({
  value,
  onChange,
  autoFocus,
  autoComplete = 'current-password',
  ...frame
}: PasswordFieldProps) {
  return (
    <FieldFrame {...frame}>
      <input
        id={frame.id}
        name={frame.id}
        className="input"
        type="password"
        value={value}
        autoComplete={autoComplete}
        spellCheck={false}
        autoFocus={autoFocus}
        onChange={(event) => onChange(event.target.value)}
        {...describedBy(frame.id, frame.hint, frame.error)}
      />
    </FieldFrame>
  );
}
