import { useState, type FormEvent } from 'react';
import type { Contact } from '../../core/contacts';
import { DRAFT_CHANNEL_LABELS, DRAFT_CHANNELS, type Draft, type DraftChannel } from '../../core/drafts';
import { suggestedStart } from '../../core/next-step';
import type { TemplateLibrary } from '../../core/templates';
import { call } from '../api';
import { ContactPicker } from '../ui/contact-picker';
import { DialogFrame } from '../ui/dialog-frame';
import { describeError } from '../ui/error-message';
import { useApiRead, useFirstAnswer, type ApiRead } from '../ui/use-api';
import { TemplateChoice } from './template-choice';

interface NewDraftDialogProps {
  contactId: number | null;
  onClose: () => void;
  onCreated: (draft: Draft) => void;
}

interface Choices {
  /** The contact the dialog opens on: the one given, or the first by name; null when there is none. */
  first: Contact | null;
  library: TemplateLibrary;
}

const BLANK = 'blank';

/** The contact to open on and the template library, read together. */
function useChoices(contactId: number | null): Pick<ApiRead<Choices>, 'data' | 'error' | 'loading'> {
  const given = useApiRead('contacts:get', { id: contactId ?? 0 }, { enabled: contactId !== null });
  const firstByName = useApiRead('contacts:list', { archived: false, limit: 1 }, { enabled: contactId === null });
  const library = useApiRead('templates:list');
  const contact = contactId !== null ? given : firstByName;
  const first = contactId !== null ? given.data : (firstByName.data?.items[0] ?? null);
  const templates = library.data;
  return {
    data: contact.data !== null && templates !== null ? { first: first ?? null, library: templates } : null,
    error: contact.error ?? library.error,
    loading: contact.loading || library.loading,
  };
}

function firstTemplateId(library: TemplateLibrary | null, channel: DraftChannel): string {
  return library?.templates.find((template) => template.channel === channel)?.id ?? BLANK;
}

/** The channel and template the contact's next step suggests, when the library has that template. */
function startFor(
  contact: Contact | undefined,
  library: TemplateLibrary,
): { channel: DraftChannel; templateId: string } {
  const suggestion = contact ? suggestedStart(contact) : null;
  if (suggestion && library.templates.some((template) => template.id === suggestion.templateId)) return suggestion;
  return { channel: 'email', templateId: firstTemplateId(library, 'email') };
}

export function NewDraftDialog({ contactId, onClose, onCreated }: NewDraftDialogProps) {
  const read = useChoices(contactId);
  /** What the dialog opened on, once read: the person changes the choice from here. */
  const [choices, setChoices] = useState<Choices | null>(null);
  const loadError = read.error;
  const [selectedContact, setSelectedContact] = useState<Contact | null>(null);
  const [channel, setChannel] = useState<DraftChannel>('email');
  const [templateId, setTemplateId] = useState<string>(BLANK);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useFirstAnswer(
    read,
    (loaded) => {
      setChoices(loaded);
      choose(loaded.first, loaded.library);
    },
    contactId,
  );

  function choose(contact: Contact | null, library: TemplateLibrary) {
    setSelectedContact(contact);
    const start = startFor(contact ?? undefined, library);
    setChannel(start.channel);
    setTemplateId(start.templateId);
  }

  function chooseChannel(next: DraftChannel) {
    setChannel(next);
    setTemplateId(firstTemplateId(choices?.library ?? null, next));
  }

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || selectedContact === null) return;
    setBusy(true);
    setError(null);
    try {
      const draft = await call('drafts:create', {
        contactId: selectedContact.id,
        channel,
        templateId: templateId === BLANK ? null : templateId,
      });
      onCreated(draft);
    } catch (failure) {
      setError(describeError(failure));
      setBusy(false);
    }
  }

  /** The template the contact's next step calls for comes first, in view, whichever channel is picked. */
  const suggestedId = choices && selectedContact ? startFor(selectedContact, choices.library).templateId : null;
  const templates = (choices?.library.templates.filter((template) => template.channel === channel) ?? []).sort(
    (a, b) => Number(b.id === suggestedId) - Number(a.id === suggestedId),
  );
  const problems = choices?.library.problems ?? [];
  const noContacts = choices !== null && choices.first === null;

  return (
    <DialogFrame
      className="dialog-wide new-draft-dialog"
      loading={choices === null}
      onClose={onClose}
      title="New draft"
      description="Who it is for, how you will reach them, and where to start."
      onSubmit={create}
      formClassName="new-draft-form"
      error={loadError ?? error}
      actions={
        <button type="submit" className="button button-primary" aria-busy={busy} disabled={selectedContact === null}>
          Create draft
        </button>
      }
    >
      <ContactPicker
        id="new-draft-contact"
        label="To"
        value={selectedContact}
        disabled={choices === null || noContacts}
        hint={noContacts ? 'Add a contact first, on the Contacts screen.' : undefined}
        onChange={(contact) => choices && choose(contact, choices.library)}
      />
      <fieldset className="channel-group">
        <legend className="field-label">How</legend>
        <div className="segmented">
          {DRAFT_CHANNELS.map((option) => (
            <label key={option} className="segment" data-checked={option === channel ? 'true' : undefined}>
              <input
                type="radio"
                name="new-draft-channel"
                value={option}
                checked={option === channel}
                onChange={() => chooseChannel(option)}
              />
              <span>{DRAFT_CHANNEL_LABELS[option]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <TemplateChoice
        templates={templates}
        value={templateId}
        blankValue={BLANK}
        loading={choices === null && loadError === null}
        problems={problems}
        suggestedId={suggestedId}
        onChange={setTemplateId}
      />
    </DialogFrame>
  );
}
