import type { CueCard } from '../../core/cue-card';
import type { PracticeRung } from '../../core/rehearsals';

/** The practice ladder: the whole script in view, then cue words only, then nothing. */
export function ScriptAid({ rung, script, card }: { rung: PracticeRung; script: string; card: CueCard }) {
  if (rung === 'none') {
    return <p className="script-aid-note">No cues this time. You know what to say.</p>;
  }
  if (rung === 'cues') {
    return (
      <section className="script-aid" aria-labelledby="script-aid-title">
        <h2 id="script-aid-title" className="rehearse-section-title">
          Cue words
        </h2>
        <ul className="cue-words">
          {card.cues.map((cue) => (
            <li key={cue.part}>
              <span className="cue-label">{cue.label}</span> {cue.text}
            </li>
          ))}
        </ul>
      </section>
    );
  }
  return (
    <section className="script-aid" aria-labelledby="script-aid-title">
      <h2 id="script-aid-title" className="rehearse-section-title">
        Your script
      </h2>
      {script.trim() ? (
        <p className="script-text">{script}</p>
      ) : (
        <p className="script-aid-note">No script chosen: speak from the cues on the readiness card.</p>
      )}
    </section>
  );
}
