/**
 * A new passphrase typed twice, as the first-run setup and Settings → Protection both ask for it: the two
 * fields, and the two checks made before anything is sent (long enough, the same twice).
 */
import { useState } from 'react';
import { PasswordField } from './password-field';

export interface PassphraseError<F extends string> {
  field: F;
  message: string;
}

/** The pair's state; `F` names any other field of the form an error may belong to. */
export function useNewPassphrase<F extends string = never>() {
  const [first, setFirst] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<PassphraseError<'first' | 'again' | F> | null>(null);
  return {
    first,
    again,
    error,
    setFirst,
    setAgain,
    setError,
    /** True when the two fields make a passphrase; otherwise says why beside the field at fault. */
    check(): boolean {
      if (first.length < 8) setError({ field: 'first', message: 'Choose a passphrase of at least 8 characters.' });
      else if (again !== first) setError({ field: 'again', message: 'The two passphrases are not the same.' });
      else {
        setError(null);
        return true;
      }
      return false;
    },
    clear() {
      setFirst('');
      setAgain('');
      setError(null);
    },
  };
}

interface NewPassphraseFieldsProps {
  pair: Pick<ReturnType<typeof useNewPassphrase>, 'first' | 'again' | 'setFirst' | 'setAgain'> & {
    error: PassphraseError<string> | null;
  };
  ids: readonly [first: string, again: string];
  labels: readonly [first: string, again: string];
  hint: string;
  autoFocus?: boolean;
}

export function NewPassphraseFields({ pair, ids, labels, hint, autoFocus = false }: NewPassphraseFieldsProps) {
  return (
    <>
      <PasswordField
        id={ids[0]}
        label={labels[0]}
        hint={hint}
        value={pair.first}
        onChange={pair.setFirst}
        error={pair.error?.field === 'first' ? pair.error.message : undefined}
        autoFocus={autoFocus}
        autoComplete="new-password"
      />
      <PasswordField
        id={ids[1]}
        label={labels[1]}
        value={pair.again}
        onChange={pair.setAgain}
        error={pair.error?.field === 'again' ? pair.error.message : undefined}
        autoComplete="new-password"
      />
    </>
  );
}
