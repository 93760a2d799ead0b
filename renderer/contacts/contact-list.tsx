import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { Contact } from '../../core/contacts';
import { useListNavigation } from '../ui/list-navigation';
import { ContactRow } from './contact-row';

export const ROW_HEIGHT = 68;

interface ContactListProps {
  /** Every contact that matches, whether its row has arrived yet or not. */
  count: number;
  contactAt: (index: number) => Contact | undefined;
  /** Told which rows are on screen, so their window of the list can be read. */
  onRangeChange: (first: number, last: number) => void;
  label: string;
  selectedId: number | null;
  onSelect: (contact: Contact) => void;
}

/**
 * Only the rows in view are in the DOM, and only the windows of the list they fall in are read, so
 * 25,000 contacts scroll as smoothly as ten. A row whose window is on its way shows "Loading…".
 */
export function ContactList({ count, contactAt, onRangeChange, label, selectedId, onSelect }: ContactListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  /** A row the keyboard moved to before its window arrived: focused as soon as it is drawn. */
  const pendingFocus = useRef<number | null>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => contactAt(index)?.id ?? `row-${index}`,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const firstRow = items[0]?.index ?? 0;
  const lastRow = items.at(-1)?.index ?? 0;

  useEffect(() => onRangeChange(firstRow, lastRow), [firstRow, lastRow, onRangeChange]);

  function rowAt(index: number) {
    return scrollRef.current?.querySelector<HTMLElement>(`[data-index="${index}"] .contact-row:not([aria-hidden])`);
  }

  useEffect(() => {
    if (pendingFocus.current === null) return;
    const row = rowAt(pendingFocus.current);
    if (row) {
      pendingFocus.current = null;
      row.focus();
    }
  });

  function focusRow(index: number, attempts = 3) {
    const row = rowAt(index);
    if (row) {
      pendingFocus.current = null;
      row.focus();
    } else if (attempts > 0) window.requestAnimationFrame(() => focusRow(index, attempts - 1));
  }

  const moveFocus = useListNavigation<HTMLUListElement>({
    locate: (event) => {
      const item = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
      return item ? { index: Number(item.dataset.index), count } : null;
    },
    focusItem: (index) => {
      pendingFocus.current = index;
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
        {items.map((item) => {
          const contact = contactAt(item.index);
          return (
            <li
              key={item.key}
              className="contact-list-item"
              data-index={item.index}
              aria-setsize={count}
              aria-posinset={item.index + 1}
              aria-busy={contact ? undefined : true}
              style={{ height: item.size, transform: `translateY(${item.start}px)` }}
            >
              {contact ? (
                <ContactRow contact={contact} selected={contact.id === selectedId} onSelect={onSelect} />
              ) : (
                <span className="list-row contact-row" aria-hidden="true">
                  <span className="contact-row-who">
                    <span className="contact-row-role">Loading…</span>
                  </span>
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
