import { useState, type FormEvent } from 'react';
import { PROFILE_LIMITS, type Settings } from '../../core/settings';
import { call } from '../api';
import { useSettings, withDefaults } from '../shell/settings-context';
import { useAnnounce } from '../shell/status';
import { InputField } from '../ui/field';
import { errorsFromFailure, validatePatch, type PatchErrors } from './settings-patch';

type ProfileValues = Pick<Settings, 'myName' | 'myPhone' | 'myEmail'>;

export function ProfileSetting() {
  const { settings, onSaved } = useSettings();
  const announce = useAnnounce();
  const [values, setValues] = useState<ProfileValues>({
    myName: settings.myName,
    myPhone: settings.myPhone,
    myEmail: settings.myEmail,
  });
  const [errors, setErrors] = useState<PatchErrors>({});
  const [saving, setSaving] = useState(false);

  function update(field: keyof ProfileValues, value: string) {
    setValues((previous) => ({ ...previous, [field]: value }));
    setErrors((previous) => ({ ...previous, [field]: undefined, form: undefined }));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const invalid = validatePatch(values);
    if (invalid) {
      setErrors(invalid);
      return;
    }
    setSaving(true);
    try {
      const saved = withDefaults(await call('settings:update', values));
      onSaved(saved);
      setValues({ myName: saved.myName, myPhone: saved.myPhone, myEmail: saved.myEmail });
      setErrors({});
      announce('Your details are saved');
    } catch (failure) {
      setErrors(errorsFromFailure(failure));
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="settings-section" aria-labelledby="profile-title">
      <h2 id="profile-title" className="settings-section-title">
        My details
      </h2>
      <p className="settings-text">
        Your drafts sign with these, the other side greets you by name when you rehearse a call, and saved emails are
        sent from this address.
      </p>
      <form className="settings-form" noValidate onSubmit={submit} aria-labelledby="profile-title">
        <div className="form-grid settings-grid">
          <InputField
            id="settings-myName"
            label="Your name"
            hint={`As you sign your messages. Up to ${PROFILE_LIMITS.myName} characters`}
            wide
            autoComplete="name"
            value={values.myName}
            error={errors.myName}
            onChange={(value) => update('myName', value)}
          />
          <InputField
            id="settings-myPhone"
            label="Your phone"
            type="tel"
            hint="For voicemails and call-backs"
            autoComplete="tel"
            value={values.myPhone}
            error={errors.myPhone}
            onChange={(value) => update('myPhone', value)}
          />
          <InputField
            id="settings-myEmail"
            label="Your email"
            type="email"
            hint="The From address of saved emails"
            autoComplete="email"
            value={values.myEmail}
            error={errors.myEmail}
            onChange={(value) => update('myEmail', value)}
          />
        </div>
        <p className="field-error" role="alert">
          {errors.form}
        </p>
        <div className="settings-actions">
          <button type="submit" className="button button-primary" aria-busy={saving}>
            Save details
          </button>
        </div>
      </form>
    </section>
  );
}
