import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { Contact } from '../../core/contacts';
import { useListNavigation } from '../ui/list-navigation';
import { ContactRow } from './contact-row';

export const ROW_HEIGHT = 68;

interface ContactListProps {
  contacts: Contact[];
  label: string;
  selectedId: number | null;
  onSelect: (contact: Contact) => void;
}

/** Only the rows in view are in the DOM, so ten thousand contacts scroll as smoothly as ten. */
export function ContactList({ contacts, label, selectedId, onSelect }: ContactListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: contacts.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => contacts[index]?.id ?? index,
    overscan: 8,
  });

  function focusRow(index: number, attempts = 3) {
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${index}"] .contact-row`);
    if (row) row.focus();
    else if (attempts > 0) window.requestAnimationFrame(() => focusRow(index, attempts - 1));
  }

  const moveFocus = useListNavigation<HTMLUListElement>({
    locate: (event) => {
      const item = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
      return item ? { index: Number(item.dataset.index), count: contacts.length } : null;
    },
    focusItem: (index) => {
      virtualizer.scrollToIndex(index);
      focusRow(index);
    },
  });

  return (
    <div className="list-scroll" ref={scrollRef}>
      <ul
        className="contact-list"
        aria-label={label}
        onKeyDown={moveFocus}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const contact = contacts[item.index];
          if (!contact) return null;
          return (
            <li
              key={item.key}
              className="contact-list-item"
              data-index={item.index}
              aria-setsize={contacts.length}
              aria-posinset={item.index + 1}
              style={{ height: item.size, transform: `translateY(${item.start}px)` }}
            >
              <ContactRow contact={contact} selected={contact.id === selectedId} onSelect={onSelect} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
