import type { RefObject } from 'react';
import {
  CONTACT_SORTS,
  CONTACT_STATUSES,
  STATUS_LABELS,
  type ContactSort,
  type ContactStatus,
} from '../../core/contacts';
import { ToolbarSearch, ToolbarSelect } from '../ui/toolbar';

const SORT_LABELS: Record<ContactSort, string> = { name: 'Name', 'next-step': 'Next step' };
const ALL_STATUSES = 'all' as const;

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

const STATUS_OPTIONS = [
  [ALL_STATUSES, 'All statuses'],
  ...CONTACT_STATUSES.map((option) => [option, STATUS_LABELS[option]] as const),
] as const;

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
      <ToolbarSearch
        id="contact-search"
        label="Search contacts"
        placeholder="Search names, companies, notes"
        value={search}
        onChange={onSearchChange}
        inputRef={searchRef}
      />
      <ToolbarSelect
        id="contact-status-filter"
        label="Status"
        value={status ?? ALL_STATUSES}
        options={STATUS_OPTIONS}
        onChange={(value) => onStatusChange(value === ALL_STATUSES ? null : value)}
      />
      <ToolbarSelect
        id="contact-sort"
        label="Sort by"
        value={sort}
        options={CONTACT_SORTS.map((option) => [option, SORT_LABELS[option]] as const)}
        onChange={onSortChange}
      />
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
