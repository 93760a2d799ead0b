import type { ReactNode } from 'react';
import { CheckIcon } from '../ui/icons';
import type { SaveState } from './use-setting-autosave';

const NOTES: Record<SaveState, string> = { idle: '', saving: 'Saving…', saved: 'Saved' };

/** The quiet confirmation beside a section's title: "Saving…", then "Saved". */
export function SaveNote({ state }: { state: SaveState }) {
  return (
    <span className="save-note" role="status" data-state={state}>
      {state === 'saved' ? <CheckIcon /> : null}
      {NOTES[state]}
    </span>
  );
}

interface SettingsSectionProps {
  /** The heading's id; the section and its form are labelled by it. */
  id: string;
  title: string;
  state?: SaveState;
  children: ReactNode;
}

/** One card on the Settings screen: a heading, the note that says its last change is saved, the fields. */
export function SettingsSection({ id, title, state, children }: SettingsSectionProps) {
  return (
    <section className="settings-section" aria-labelledby={id}>
      <div className="settings-section-header">
        <h2 id={id} className="settings-section-title">
          {title}
        </h2>
        {state ? <SaveNote state={state} /> : null}
      </div>
      {children}
    </section>
  );
}
