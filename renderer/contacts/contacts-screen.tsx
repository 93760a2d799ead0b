import { useRef, useState } from 'react';
import type { Contact, ContactFields, ContactSort, ContactStatus } from '../../core/contacts';
import { call } from '../api';
import { ScreenHeader } from '../shell/screen-header';
import { useArrivalHeading } from '../shell/navigation';
import { useAnnounce } from '../shell/status';
import { PlusIcon } from '../ui/icons';
import { modifierLabel, useListScreenShortcuts } from '../ui/shortcut';
import { useDebouncedValue } from '../ui/use-debounced-value';
import { useApiRead, useFirstAnswer } from '../ui/use-api';
import { ContactList } from './contact-list';
import { ContactListMessage } from './contact-list-message';
import { ContactPane } from './contact-pane';
import { ContactsToolbar } from './contacts-toolbar';
import { useDiscardGuard } from '../ui/discard-changes-dialog';
import { useContactList } from './use-contact-list';
import './contacts.css';

export const SEARCH_DEBOUNCE_MS = 150;

type PaneState =
  { kind: 'closed' } | { kind: 'new'; session: number } | { kind: 'edit'; session: number; contact: Contact };

function describeCount(total: number, archived: boolean): string {
  const noun = total === 1 ? 'contact' : 'contacts';
  return archived ? `${total.toLocaleString()} archived ${noun}` : `${total.toLocaleString()} ${noun}`;
}

function PanePlaceholder() {
  const mod = modifierLabel();
  return (
    <div className="pane pane-placeholder">
      <p className="placeholder-title">Pick someone to see their details</p>
      <p className="placeholder-text">Their next step, notes and how to reach them will show here.</p>
      <dl className="shortcut-list">
        <div>
          <dt>
            <kbd>{mod}</kbd> <kbd>N</kbd>
          </dt>
          <dd>New contact</dd>
        </div>
        <div>
          <dt>
            <kbd>{mod}</kbd> <kbd>F</kbd>
          </dt>
          <dd>Search</dd>
        </div>
        <div>
          <dt>
            <kbd>Esc</kbd>
          </dt>
          <dd>Close the form</dd>
        </div>
      </dl>
    </div>
  );
}

interface ContactsScreenProps {
  openContactId?: number | null;
  /** Opens on an empty "New contact" form (Today's "Add someone who just called"). */
  startWithNew?: boolean;
}

export function ContactsScreen({ openContactId = null, startWithNew = false }: ContactsScreenProps) {
  const announce = useAnnounce();
  const headingRef = useArrivalHeading();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<ContactStatus | null>(null);
  const [sort, setSort] = useState<ContactSort>('name');
  const [archived, setArchived] = useState(false);
  const [pane, setPane] = useState<PaneState>(() => (startWithNew ? { kind: 'new', session: 0 } : { kind: 'closed' }));
  const debouncedSearch = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  const list = useContactList({ search: debouncedSearch, status, sort, archived });
  const searchRef = useRef<HTMLInputElement>(null);
  const newButtonRef = useRef<HTMLButtonElement>(null);
  const sessionRef = useRef(0);

  const selectedId = pane.kind === 'edit' ? pane.contact.id : null;
  const filtered = debouncedSearch !== '' || status !== null;

  const { trackUnsaved, afterDiscard, dialog: discardDialog } = useDiscardGuard();

  function startNew() {
    afterDiscard(false, () => {
      sessionRef.current += 1;
      setPane({ kind: 'new', session: sessionRef.current });
    });
  }

  function select(contact: Contact) {
    if (contact.id === selectedId) return;
    afterDiscard(true, () => {
      sessionRef.current += 1;
      setPane({ kind: 'edit', session: sessionRef.current, contact });
    });
  }

  // Another screen asked for someone (Today's "Open contact"): their pane opens once they are read.
  const asked = useApiRead('contacts:get', { id: openContactId ?? 0 }, { enabled: openContactId !== null });
  useFirstAnswer(
    asked,
    (contact) => {
      sessionRef.current += 1;
      setPane({ kind: 'edit', session: sessionRef.current, contact });
    },
    openContactId,
  );

  /** Cancel and Escape are leaving the form: they ask first when something changed, like clicking away. */
  function closePane() {
    const previousId = selectedId;
    afterDiscard(false, () => {
      setPane({ kind: 'closed' });
      const row = previousId === null ? null : document.querySelector<HTMLElement>(`[data-contact-id="${previousId}"]`);
      (row ?? newButtonRef.current)?.focus();
    });
  }

  function clearFilters() {
    setSearch('');
    setStatus(null);
    searchRef.current?.focus();
  }

  async function save(fields: ContactFields): Promise<Contact> {
    const saved =
      pane.kind === 'edit'
        ? await call('contacts:update', { id: pane.contact.id, contact: fields })
        : await call('contacts:create', fields);
    setPane((current) =>
      current.kind === 'closed' ? current : { kind: 'edit', session: current.session, contact: saved },
    );
    list.reload();
    announce('Saved');
    return saved;
  }

  async function setContactArchived(contact: Contact, nextArchived: boolean) {
    const updated = await call('contacts:set-archived', { id: contact.id, archived: nextArchived });
    setPane((current) => (current.kind === 'edit' ? { ...current, contact: updated } : current));
    list.reload();
    announce(nextArchived ? 'Archived' : 'Unarchived');
  }

  async function remove(contact: Contact) {
    await call('contacts:delete', { id: contact.id });
    list.reload();
    announce('Deleted');
  }

  function showChanged(contact: Contact) {
    setPane((current) =>
      current.kind === 'edit' && current.contact.id === contact.id ? { ...current, contact } : current,
    );
    list.reload();
  }

  function afterDelete() {
    setPane({ kind: 'closed' });
    newButtonRef.current?.focus();
  }

  useListScreenShortcuts(startNew, searchRef);

  const count = list.total ?? 0;
  return (
    <div className="screen contacts-screen">
      <ScreenHeader
        headingRef={headingRef}
        title="Contacts"
        subtitle={list.total !== null ? describeCount(list.total, archived) : '\u00a0'}
        live
      >
        <button type="button" className="button button-primary" ref={newButtonRef} onClick={startNew}>
          <PlusIcon />
          New contact
        </button>
      </ScreenHeader>
      <ContactsToolbar
        searchRef={searchRef}
        search={search}
        status={status}
        sort={sort}
        archived={archived}
        onSearchChange={setSearch}
        onStatusChange={setStatus}
        onSortChange={setSort}
        onArchivedChange={setArchived}
      />
      <div className="contacts-body">
        <div className="list-panel" aria-busy={list.loading}>
          {list.error && count > 0 ? (
            <p className="list-error" role="alert">
              {list.error}
            </p>
          ) : null}
          {count > 0 ? (
            <ContactList
              count={count}
              contactAt={list.contactAt}
              onRangeChange={list.showRange}
              label={archived ? 'Archived contacts' : 'Contacts'}
              selectedId={selectedId}
              onSelect={select}
            />
          ) : (
            <ContactListMessage
              error={list.error}
              loading={list.loading && list.total === null}
              filtered={filtered}
              archived={archived}
              onRetry={list.reload}
              onClearFilters={clearFilters}
              onAddFirst={startNew}
            />
          )}
        </div>
        {pane.kind === 'closed' ? (
          <PanePlaceholder />
        ) : (
          <ContactPane
            key={pane.session}
            contact={pane.kind === 'edit' ? pane.contact : null}
            focusOnMount={pane.kind === 'new'}
            onSave={save}
            onCancel={closePane}
            onSetArchived={setContactArchived}
            onDelete={remove}
            onDeleted={afterDelete}
            onDirtyChange={trackUnsaved}
            onContactChanged={showChanged}
          />
        )}
      </div>
      {discardDialog}
    </div>
  );
}
