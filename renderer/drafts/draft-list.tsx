import { useRef, useState } from 'react';
import { DRAFT_STATUS_LABELS, DRAFT_STATUSES, type DraftStatus } from '../../core/drafts';
import { ScreenHeader } from '../shell/screen-header';
import { useArrivalHeading, useNavigate } from '../shell/navigation';
import { PlusIcon } from '../ui/icons';
import { useListScreenShortcuts } from '../ui/shortcut';
import { ToolbarSearch, ToolbarSelect } from '../ui/toolbar';
import { useDebouncedValue } from '../ui/use-debounced-value';
import { DraftRow } from './draft-row';
import { NewDraftDialog } from './new-draft-dialog';
import { useDraftList, type DraftListState } from './use-draft-list';

export const DRAFT_SEARCH_DEBOUNCE_MS = 150;
const ALL = 'all' as const;

const STATUS_OPTIONS = [
  [ALL, 'All statuses'],
  ...DRAFT_STATUSES.map((option) => [option, DRAFT_STATUS_LABELS[option]] as const),
] as const;

function describeTotal(total: number, shown: number): string {
  const noun = total === 1 ? 'draft' : 'drafts';
  if (shown < total) return `Showing ${shown.toLocaleString()} of ${total.toLocaleString()} ${noun}`;
  return `${total.toLocaleString()} ${noun}`;
}

function describeListState(list: DraftListState): ListMessageProps['state'] {
  if (list.page) return 'empty';
  return list.error ? 'failed' : 'loading';
}

interface ListMessageProps {
  state: 'loading' | 'failed' | 'empty';
  filtered: boolean;
  onClear: () => void;
  onNew: () => void;
}

function ListMessage({ state, filtered, onClear, onNew }: ListMessageProps) {
  if (state === 'failed') return null;
  if (state === 'loading') {
    return (
      <div className="empty-state">
        <p className="empty-text">Loading your drafts…</p>
      </div>
    );
  }
  if (filtered) {
    return (
      <div className="empty-state">
        <h2 className="empty-title">No drafts match</h2>
        <p className="empty-text">Try another word from the message, a name, or a different status.</p>
        <button type="button" className="button" onClick={onClear}>
          Clear search and filter
        </button>
      </div>
    );
  }
  return (
    <div className="empty-state">
      <h2 className="empty-title">No drafts yet</h2>
      <p className="empty-text">
        Start a thank-you, a call script or a check-in for someone on your Contacts list. Someday fills in what it knows
        and coaches you as you write.
      </p>
      <button type="button" className="button button-primary" onClick={onNew}>
        Start a draft
      </button>
    </div>
  );
}

export function DraftList() {
  const navigate = useNavigate();
  const headingRef = useArrivalHeading();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<DraftStatus | null>(null);
  const [creating, setCreating] = useState(false);
  const debounced = useDebouncedValue(search.trim(), DRAFT_SEARCH_DEBOUNCE_MS);
  const list = useDraftList(debounced, status);
  const searchRef = useRef<HTMLInputElement>(null);
  const items = list.page?.items ?? [];
  const filtered = debounced !== '' || status !== null;

  function clear() {
    setSearch('');
    setStatus(null);
    searchRef.current?.focus();
  }

  useListScreenShortcuts(() => setCreating(true), searchRef);

  return (
    <div className="screen drafts-screen">
      <ScreenHeader
        headingRef={headingRef}
        title="Drafts"
        subtitle={list.page ? describeTotal(list.page.total, items.length) : '\u00a0'}
        live
      >
        <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
          <PlusIcon />
          New draft
        </button>
      </ScreenHeader>
      <div className="toolbar" role="search" aria-label="Find drafts">
        <ToolbarSearch
          id="draft-search"
          label="Search drafts"
          placeholder="Search messages, titles, names"
          value={search}
          onChange={setSearch}
          inputRef={searchRef}
        />
        <ToolbarSelect
          id="draft-status-filter"
          label="Status"
          value={status ?? ALL}
          options={STATUS_OPTIONS}
          onChange={(value) => setStatus(value === ALL ? null : value)}
        />
      </div>
      <div className="drafts-body">
        <div className="list-panel" aria-busy={list.loading}>
          {list.error ? (
            <p className="list-error" role="alert">
              {list.error}
            </p>
          ) : null}
          {items.length > 0 ? (
            <div className="list-scroll">
              <ul className="draft-list" aria-label={filtered ? 'Matching drafts' : 'Drafts'}>
                {items.map((draft) => (
                  <li key={draft.id}>
                    <DraftRow draft={draft} onOpen={() => navigate({ screen: 'drafts', draftId: draft.id })} />
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <ListMessage
              state={describeListState(list)}
              filtered={filtered}
              onClear={clear}
              onNew={() => setCreating(true)}
            />
          )}
        </div>
      </div>
      {creating ? (
        <NewDraftDialog
          contactId={null}
          onClose={() => setCreating(false)}
          onCreated={(draft) => navigate({ screen: 'drafts', draftId: draft.id })}
        />
      ) : null}
    </div>
  );
}
