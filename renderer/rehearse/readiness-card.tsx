import type { CueCard } from '../../core/cue-card';

/** Before the call: who, the one thing to thank them for, and the ask. */
export function ReadinessCard({ card }: { card: CueCard }) {
  const ask = card.cues.find((cue) => cue.part === 'connection');
  return (
    <section className="readiness-card" aria-labelledby="readiness-title">
      <h2 id="readiness-title" className="rehearse-section-title">
        Ready?
      </h2>
      <dl className="readiness-list">
        <div>
          <dt>You are calling</dt>
          <dd>
            {card.name}
            {card.role ? <span className="readiness-role"> · {card.role}</span> : null}
          </dd>
        </div>
        <div>
          <dt>Thank them for</dt>
          <dd>{card.thankFor || 'Add the one thing you remember from the interview to their contact page.'}</dd>
        </div>
        <div>
          <dt>Your ask</dt>
          <dd>{ask?.text ?? 'Ask how to stay on their radar'}</dd>
        </div>
      </dl>
    </section>
  );
}
