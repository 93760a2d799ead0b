import * as Dialog from '@radix-ui/react-dialog';
import type { CueCard } from '../../core/cue-card';
import { DialogFrame } from '../ui/dialog-frame';

interface CueCardDialogProps {
  card: CueCard;
  spokenAs: 'call' | 'voicemail';
  phone: string;
  onClose: () => void;
}

/** The card prints on its own: print.css hides everything but `.cue-card` while this dialog is open. */
export function CueCardDialog({ card, spokenAs, phone, onClose }: CueCardDialogProps) {
  const reminders = spokenAs === 'voicemail' && phone ? [...card.reminders, `Your number: ${phone}`] : card.reminders;
  return (
    <DialogFrame
      className="dialog-wide cue-card-dialog"
      onClose={onClose}
      cancelLabel="Close"
      actionsClassName="dialog-actions cue-card-actions"
      actions={
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      }
    >
      <article className="cue-card">
        <p className="cue-card-kind">{spokenAs === 'voicemail' ? 'Voicemail cue card' : 'Call cue card'}</p>
        <Dialog.Title className="cue-card-name">{card.name}</Dialog.Title>
        {card.role ? <p className="cue-card-role">{card.role}</p> : null}
        <Dialog.Description className="visually-hidden">
          A one-page card to keep in front of you while you speak.
        </Dialog.Description>
        <section className="cue-thank" aria-labelledby="cue-thank-title">
          <h3 id="cue-thank-title" className="cue-label">
            Thank them for
          </h3>
          <p className="cue-thank-text">
            {card.thankFor || 'Something specific from your interviews: add an interview highlight to the contact.'}
          </p>
        </section>
        <ol className="cue-list" aria-label="What to say">
          {card.cues.map((cue) => (
            <li key={cue.part} className="cue" data-from-draft={cue.fromDraft ? 'true' : undefined}>
              <span className="cue-label">{cue.label}</span>
              <span className="cue-text">{cue.text}</span>
            </li>
          ))}
        </ol>
        {reminders.length > 0 ? (
          <ul className="cue-reminders" aria-label="Reminders">
            {reminders.map((reminder) => (
              <li key={reminder}>{reminder}</li>
            ))}
          </ul>
        ) : null}
      </article>
    </DialogFrame>
  );
}
