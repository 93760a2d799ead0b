import type { MessageTemplate } from '../../core/templates';

export function TemplateSourceTag({ source, id }: { source: MessageTemplate['source']; id?: string }) {
  return (
    <span className="badge template-tag" id={id} data-source={source}>
      {source === 'builtin' ? 'Built-in' : 'Yours'}
    </span>
  );
}
