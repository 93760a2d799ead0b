/** The controls of a list's search toolbar (Contacts, Drafts): a search box and labelled filters. */
import type { RefObject } from 'react';
import { SearchIcon } from './icons';

interface ToolbarSearchProps {
  id: string;
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  inputRef: RefObject<HTMLInputElement | null>;
}

export function ToolbarSearch({ id, label, placeholder, value, onChange, inputRef }: ToolbarSearchProps) {
  return (
    <div className="search-box">
      <label className="visually-hidden" htmlFor={id}>
        {label}
      </label>
      <SearchIcon />
      <input
        ref={inputRef}
        id={id}
        className="input search-input"
        type="search"
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

interface ToolbarSelectProps<V extends string> {
  id: string;
  label: string;
  value: V;
  /** The choices in order, each with its label. */
  options: readonly (readonly [V, string])[];
  onChange: (value: V) => void;
}

export function ToolbarSelect<V extends string>({ id, label, value, options, onChange }: ToolbarSelectProps<V>) {
  return (
    <div className="toolbar-control">
      <label className="toolbar-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="input select"
        value={value}
        onChange={(event) => onChange(options.find(([option]) => option === event.target.value)?.[0] ?? value)}
      >
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
