import type { RefObject } from 'react';
import {
  CONTACT_SORTS,
  CONTACT_STATUSES,
  STATUS_LABELS,
  type ContactSort,
  type ContactStatus,
} from '../../core/contacts';
import { SearchIcon } from '../ui/icons';

const SORT_LABELS: Record<ContactSort, string> = { name: 'Name', 'next-step': 'Next step' };
const ALL_STATUSES = 'all';

interface ContactsToolbarProps {
  searchRef: RefObject<HTMLInputElement | null>;
  search: string;
  status: ContactStatus | null;
  sort: ContactSort;
  archived: boolean;
  onSearchChange: (search: string) => void;
  onStatusChange: (status: ContactStatus | null) => void;
  onSortChange: (sort: ContactSort) => void;
  onArchivedChange: (archived: boolean) => void;
}

function toStatus(value: string): ContactStatus | null {
  return (CONTACT_STATUSES as readonly string[]).includes(value) ? (value as ContactStatus) : null;
}

function toSort(value: string): ContactSort {
  return (CONTACT_SORTS as readonly string[]).includes(value) ? (value as ContactSort) : 'name';
}

export function ContactsToolbar({
  searchRef,
  search,
  status,
  sort,
  archived,
  onSearchChange,
  onStatusChange,
  onSortChange,
  onArchivedChange,
}: ContactsToolbarProps) {
  return (
    <div className="toolbar" role="search" aria-label="Find contacts">
      <div className="search-box">
        <label className="visually-hidden" htmlFor="contact-search">
          Search contacts
        </label>
        <SearchIcon />
        <input
          ref={searchRef}
          id="contact-search"
          className="input search-input"
          type="search"
          placeholder="Search names, companies, notes"
          autoComplete="off"
          spellCheck={false}
          value={search}
          onChange={(event) => onSearchChange(event.target.value)}
        />
      </div>
      <div className="toolbar-control">
        <label className="toolbar-label" htmlFor="contact-status-filter">
          Status
        </label>
        <select
          id="contact-status-filter"
          className="input select"
          value={status ?? ALL_STATUSES}
          onChange={(event) => onStatusChange(toStatus(event.target.value))}
        >
          <option value={ALL_STATUSES}>All statuses</option>
          {CONTACT_STATUSES.map((option) => (
            <option key={option} value={option}>
              {STATUS_LABELS[option]}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar-control">
        <label className="toolbar-label" htmlFor="contact-sort">
          Sort by
        </label>
        <select
          id="contact-sort"
          className="input select"
          value={sort}
          onChange={(event) => onSortChange(toSort(event.target.value))}
        >
          {CONTACT_SORTS.map((option) => (
            <option key={option} value={option}>
              {SORT_LABELS[option]}
            </option>
          ))}
        </select>
      </div>
      <label className="toggle">
        <input
          type="checkbox"
          className="toggle-input"
          checked={archived}
          onChange={(event) => onArchivedChange(event.target.checked)}
        />
        <span>Show archived</span>
      </label>
    </div>
  );
}
