import { useState, type FormEvent } from 'react';
import { PROFILE_LIMITS, type Settings } from '../../core/settings';
import { useSettings } from '../shell/settings-context';
import { InputField } from '../ui/field';
import { SettingsSection } from './settings-section';
import { useSettingAutosave } from './use-setting-autosave';

type ProfileValues = Pick<Settings, 'myName' | 'myPhone' | 'myEmail'>;

export function ProfileSetting() {
  const { settings } = useSettings();
  const { errors, state, saveNow, saveSoon, clearErrors } = useSettingAutosave();
  const [values, setValues] = useState<ProfileValues>({
    myName: settings.myName,
    myPhone: settings.myPhone,
    myEmail: settings.myEmail,
  });

  function update(field: keyof ProfileValues, value: string) {
    const next = { ...values, [field]: value };
    setValues(next);
    clearErrors();
    saveSoon(next);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    saveNow(values);
  }

  const fieldProps = (field: keyof ProfileValues) => ({
    id: `settings-${field}`,
    value: values[field],
    error: errors[field],
    onChange: (value: string) => update(field, value),
    onBlur: () => saveNow(values),
  });

  return (
    <SettingsSection id="profile-title" title="My details" state={state}>
      <p className="settings-text">
        Your drafts sign with these, the other side greets you by name when you rehearse a call, and saved emails are
        sent from this address.
      </p>
      <form className="settings-form" noValidate onSubmit={submit} aria-labelledby="profile-title">
        <div className="form-grid settings-grid">
          <InputField
            {...fieldProps('myName')}
            label="Your name"
            hint={`As you sign your messages. Up to ${PROFILE_LIMITS.myName} characters`}
            wide
            autoComplete="name"
          />
          <InputField
            {...fieldProps('myPhone')}
            label="Your phone"
            type="tel"
            hint="For voicemails and call-backs"
            autoComplete="tel"
          />
          <InputField
            {...fieldProps('myEmail')}
            label="Your email"
            type="email"
            hint="The From address of saved emails"
            autoComplete="email"
          />
        </div>
        <p className="field-error" role="alert">
          {errors.form}
        </p>
      </form>
    </SettingsSection>
  );
}
