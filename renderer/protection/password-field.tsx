import { InputField } from '../ui/field';

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
export function PasswordField({ autoComplete = 'current-password', ...props }: PasswordFieldProps) {
  return <InputField {...props} type="password" autoComplete={autoComplete} spellCheck={false} />;
}
