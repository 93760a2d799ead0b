import type { TemplateProblem } from '../../core/templates';

/** Built-in files that failed to load; the rest of the library still works, so this stays calm. */
export function TemplateProblemsNotice({ problems }: { problems: readonly TemplateProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <section className="templates-notice" aria-labelledby="templates-notice-title">
      <h2 id="templates-notice-title" className="templates-notice-title">
        These built-in templates could not be read:
      </h2>
      <ul className="templates-notice-list">
        {problems.map((problem) => (
          <li key={problem.file}>
            <span className="templates-notice-file">{problem.file}</span>: {problem.message}
          </li>
        ))}
      </ul>
      <p className="templates-notice-text">
        The other templates work as usual. Fixing or removing these files in the templates folder clears this note.
      </p>
    </section>
  );
}
