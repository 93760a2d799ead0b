import { useState } from 'react';
import { FOLLOWUP_BOUNDS, type FollowupSettingKey } from '../../core/followup-settings';
import { NumberField, SettingsForm } from '../settings/number-setting';
import { SettingsSection } from '../settings/settings-section';
import { useSettingAutosave, type SettingAutosave } from '../settings/use-setting-autosave';
import { useSettings } from '../shell/settings-context';
import { describedBy } from '../ui/field';

const FIELDS: { key: Exclude<FollowupSettingKey, 'cadenceReminderHour'>; label: string; hint: string }[] = [
  { key: 'cadenceThankYouHours', label: 'Say thank you within (hours)', hint: 'Counted from the decision.' },
  { key: 'cadenceCheckInDays', label: 'First check-in after (days)', hint: 'About a month is usual.' },
  {
    key: 'cadenceRepeatMonths',
    label: 'Then check in every (months)',
    hint: 'Every three months keeps you in mind without crowding them.',
  },
  {
    key: 'cadenceMinSpacingDays',
    label: 'Warn if sooner than (days)',
    hint: 'Someday warns before you reach out again this soon.',
  },
];

const HOUR_ID = 'settings-cadenceReminderHour';
const HOUR_HINT = 'Reminders fall due at this time of your day, on the hour.';

/** "09:00" for 9: the value a time field shows. */
export function hourToTime(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

/** The hour of a time field's "HH:MM" (minutes dropped: reminders fall on the hour); NaN when it is empty. */
export function timeToHour(time: string): number {
  const match = /^(\d{2}):\d{2}/.exec(time);
  return match ? Number(match[1]) : Number.NaN;
}

function ReminderTimeField({ initial, autosave }: { initial: number; autosave: SettingAutosave }) {
  const [value, setValue] = useState(hourToTime(initial));
  const error = autosave.errors.cadenceReminderHour;
  return (
    <div className="field" data-invalid={error ? 'true' : undefined}>
      <label className="field-label" htmlFor={HOUR_ID}>
        Remind me at
      </label>
      <input
        id={HOUR_ID}
        name={HOUR_ID}
        className="input time-input"
        type="time"
        step={3600}
        value={value}
        onChange={(event) => {
          const hour = timeToHour(event.target.value);
          setValue(Number.isNaN(hour) ? event.target.value : hourToTime(hour));
          autosave.clearErrors();
          autosave.saveSoon({ cadenceReminderHour: hour });
        }}
        onBlur={() => autosave.saveNow({ cadenceReminderHour: timeToHour(value) })}
        {...describedBy(HOUR_ID, HOUR_HINT, error)}
      />
      {error ? (
        <p className="field-error" id={`${HOUR_ID}-error`} role="alert">
          {error}
        </p>
      ) : null}
      <p className="field-hint" id={`${HOUR_ID}-hint`}>
        {HOUR_HINT}
      </p>
    </div>
  );
}

/** The follow-up rhythm: when the thank-you, the check-in and the regular notes fall, and the spacing guard. */
export function FollowupSettings() {
  const { settings } = useSettings();
  const autosave = useSettingAutosave();
  return (
    <SettingsSection id="followup-settings-title" title="Follow-up rhythm" state={autosave.state}>
      <SettingsForm autosave={autosave} className="followup-settings-form" labelledBy="followup-settings-title">
        {FIELDS.map(({ key, label, hint }) => {
          const { min, max } = FOLLOWUP_BOUNDS[key];
          return (
            <NumberField
              key={key}
              field={key}
              label={label}
              hint={`${hint} (${min}–${max})`}
              min={min}
              max={max}
              initial={settings[key]}
              autosave={autosave}
            />
          );
        })}
        <ReminderTimeField initial={settings.cadenceReminderHour} autosave={autosave} />
      </SettingsForm>
    </SettingsSection>
  );
}
