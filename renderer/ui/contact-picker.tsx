/**
 * The one way to pick a contact (New draft's "To", Rehearse's "Who are you calling?"): a combobox the
 * person types a name or company into. It asks `contacts:list` for the first PICKER_LIMIT matches of
 * what was typed, so 25,000 contacts cost one indexed query and a short list, never 25,000 options.
 * Downshift's useCombobox gives the ARIA combobox pattern and the keys (arrows, Enter, Escape, Home/End).
 */
import { useCombobox, type UseComboboxState, type UseComboboxStateChangeOptions } from 'downshift';
import { useState } from 'react';
import type { Contact } from '../../core/contacts';
import { useApiRead } from './use-api';
import { useDebouncedValue } from './use-debounced-value';
import './contact-picker.css';

/** How many matches the list shows at once; typing more narrows them. */
export const PICKER_LIMIT = 50;
export const PICKER_DEBOUNCE_MS = 120;

export function contactLabel(contact: Contact): string {
  return contact.company ? `${contact.name} (${contact.company})` : contact.name;
}

function labelOf(contact: Contact | null): string {
  return contact ? contactLabel(contact) : '';
}

/** What the line under the box says while the list is open. */
export function describeMatches(search: string, shown: number, total: number | null): string {
  if (total === null) return 'Looking…';
  if (total === 0) return search ? `No contact matches “${search}”.` : 'No contacts yet.';
  if (shown < total) {
    return `The first ${shown} of ${total.toLocaleString()} are shown; type more of a name or company to narrow them.`;
  }
  return total === 1 ? 'One contact.' : `${total.toLocaleString()} contacts.`;
}

/**
 * Escape with the list closed, or leaving the box, keeps the person chosen (Downshift would clear it):
 * the box shows their name again, and Escape goes on to the dialog or pane around it.
 */
function keepChoice(
  state: UseComboboxState<Contact>,
  { type, changes }: UseComboboxStateChangeOptions<Contact>,
): Partial<UseComboboxState<Contact>> {
  if (type === useCombobox.stateChangeTypes.InputKeyDownEscape && !state.isOpen) {
    return { ...changes, selectedItem: state.selectedItem, inputValue: labelOf(state.selectedItem) };
  }
  if (type === useCombobox.stateChangeTypes.InputBlur) {
    return { ...changes, selectedItem: state.selectedItem, inputValue: labelOf(state.selectedItem) };
  }
  return changes;
}

interface ContactPickerProps {
  id: string;
  label: string;
  value: Contact | null;
  onChange: (contact: Contact) => void;
  disabled?: boolean;
  hint?: string;
}

export function ContactPicker({ id, label, value, onChange, disabled = false, hint }: ContactPickerProps) {
  const [inputValue, setInputValue] = useState(() => labelOf(value));
  const [shownFor, setShownFor] = useState(value);
  if (shownFor !== value) {
    setShownFor(value);
    setInputValue(labelOf(value));
  }
  /** The box holds the chosen person's name until the person types: then what they typed is the search. */
  const typed = inputValue === labelOf(value) ? '' : inputValue.trim();
  const search = useDebouncedValue(typed, PICKER_DEBOUNCE_MS);
  const [open, setOpen] = useState(false);
  const matches = useApiRead(
    'contacts:list',
    { search, limit: PICKER_LIMIT, archived: false },
    { enabled: open && !disabled, keepPrevious: true },
  );
  const items = matches.data?.items ?? [];
  const settled = search === typed && !matches.loading;

  const combobox = useCombobox<Contact>({
    inputId: id,
    labelId: `${id}-label`,
    menuId: `${id}-list`,
    toggleButtonId: `${id}-toggle`,
    items,
    itemToString: labelOf,
    itemToKey: (item) => item?.id,
    selectedItem: value,
    inputValue,
    defaultHighlightedIndex: 0,
    stateReducer: keepChoice,
    onIsOpenChange: ({ isOpen }) => setOpen(Boolean(isOpen)),
    onInputValueChange: ({ inputValue: next }) => setInputValue(next ?? ''),
    onSelectedItemChange: ({ selectedItem }) => {
      if (selectedItem) onChange(selectedItem);
    },
  });
  const { isOpen, highlightedIndex, getLabelProps, getInputProps, getToggleButtonProps, getMenuProps, getItemProps } =
    combobox;
  const status = describeMatches(search, items.length, settled && matches.data ? matches.data.total : null);

  return (
    <div className="field contact-picker">
      <label className="field-label" {...getLabelProps({ htmlFor: id })}>
        {label}
      </label>
      <div className="contact-picker-control">
        <input
          className="input contact-picker-input"
          placeholder="Type a name or company"
          spellCheck={false}
          {...getInputProps({ disabled, 'aria-describedby': `${id}-status` })}
        />
        <button
          type="button"
          className="contact-picker-toggle"
          aria-label={`Show contacts for ${label}`}
          {...getToggleButtonProps({ disabled })}
        >
          <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
            <path d="m6 9 6 6 6-6" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
        </button>
        <ul className="contact-picker-list" {...getMenuProps()} hidden={!isOpen}>
          {isOpen
            ? items.map((item, index) => (
                <li
                  key={item.id}
                  className="contact-picker-option"
                  data-highlighted={index === highlightedIndex ? 'true' : undefined}
                  {...getItemProps({ item, index, 'aria-label': contactLabel(item) })}
                >
                  <span className="contact-picker-name">{item.name}</span>
                  {item.company ? <span className="contact-picker-company">{item.company}</span> : null}
                </li>
              ))
            : null}
        </ul>
      </div>
      <p className="field-hint" id={`${id}-status`} aria-live="polite">
        {isOpen ? (matches.error ?? status) : (hint ?? '')}
      </p>
    </div>
  );
}
