import type { KeyboardEvent } from 'react';
import type { MessageTemplate } from '../../core/templates';
import { useListNavigation } from '../ui/list-navigation';
import { groupTemplates, type TemplateGroup } from './template-groups';
import { TemplateSourceTag } from './template-source-tag';

interface TemplateLibraryListProps {
  templates: readonly MessageTemplate[];
  selectedId: string | null;
  onSelect: (template: MessageTemplate) => void;
}

const ITEM_SELECTOR = '.library-item';

function itemsOf(event: KeyboardEvent<HTMLDivElement>): HTMLElement[] {
  return [...event.currentTarget.querySelectorAll<HTMLElement>(ITEM_SELECTOR)];
}

function TemplateItem({
  template,
  selected,
  onSelect,
}: {
  template: MessageTemplate;
  selected: boolean;
  onSelect: (template: MessageTemplate) => void;
}) {
  const id = `library-${template.id.replace(':', '-')}`;
  return (
    <button
      type="button"
      className="list-row library-item"
      data-template-id={template.id}
      aria-current={selected ? 'true' : undefined}
      aria-labelledby={`${id}-title ${id}-tag`}
      aria-describedby={template.purpose ? `${id}-purpose` : undefined}
      onClick={() => onSelect(template)}
    >
      <span className="library-item-title-row">
        <span className="library-item-title" id={`${id}-title`}>
          {template.title}
        </span>
        <TemplateSourceTag id={`${id}-tag`} source={template.source} />
      </span>
      {template.purpose ? (
        <span className="library-item-purpose" id={`${id}-purpose`}>
          {template.purpose}
        </span>
      ) : null}
    </button>
  );
}

function LibraryGroup({
  group,
  selectedId,
  onSelect,
}: {
  group: TemplateGroup;
  selectedId: string | null;
  onSelect: (template: MessageTemplate) => void;
}) {
  const headingId = `library-group-${group.channel}`;
  return (
    <section className="library-group" aria-labelledby={headingId}>
      <h2 id={headingId} className="library-group-title">
        {group.label}
      </h2>
      {group.templates.length === 0 ? (
        <p className="library-group-empty">No templates yet.</p>
      ) : (
        <ul className="library-items" aria-labelledby={headingId}>
          {group.templates.map((template) => (
            <li key={template.id}>
              <TemplateItem template={template} selected={template.id === selectedId} onSelect={onSelect} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function TemplateLibraryList({ templates, selectedId, onSelect }: TemplateLibraryListProps) {
  const moveFocus = useListNavigation<HTMLDivElement>({
    locate: (event) => {
      const items = itemsOf(event);
      const index = items.indexOf(event.target as HTMLElement);
      return index === -1 ? null : { index, count: items.length };
    },
    focusItem: (index, event) => itemsOf(event)[index]?.focus(),
  });
  return (
    <div className="list-scroll library-scroll" onKeyDown={moveFocus}>
      {groupTemplates(templates).map((group) => (
        <LibraryGroup key={group.channel} group={group} selectedId={selectedId} onSelect={onSelect} />
      ))}
    </div>
  );
}
