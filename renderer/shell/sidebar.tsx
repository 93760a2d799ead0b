import type { ReactNode } from 'react';
import { CheckIcon, DraftsIcon, LockIcon, NoteIcon, PeopleIcon, SlidersIcon } from '../ui/icons';
import { PhoneIcon } from '../rehearse/phone-icon';
import type { Screen } from './navigation';

interface NavItem {
  screen: Screen;
  label: string;
  icon: ReactNode;
}

const PRIMARY_ITEMS: NavItem[] = [
  { screen: 'today', label: 'Today', icon: <CheckIcon /> },
  { screen: 'contacts', label: 'Contacts', icon: <PeopleIcon /> },
  { screen: 'drafts', label: 'Drafts', icon: <DraftsIcon /> },
  { screen: 'templates', label: 'Templates', icon: <NoteIcon /> },
  { screen: 'rehearse', label: 'Rehearse', icon: <PhoneIcon /> },
];
const SECONDARY_ITEMS: NavItem[] = [{ screen: 'settings', label: 'Settings', icon: <SlidersIcon /> }];

interface SidebarProps {
  current: Screen;
  onNavigate: (screen: Screen) => void;
}

function NavList({ items, current, onNavigate }: SidebarProps & { items: NavItem[] }) {
  return (
    <ul className="nav-list">
      {items.map((item) => (
        <li key={item.screen}>
          <button
            type="button"
            className="nav-item"
            aria-current={item.screen === current ? 'page' : undefined}
            onClick={() => onNavigate(item.screen)}
          >
            {item.icon}
            <span>{item.label}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

export function Sidebar(props: SidebarProps) {
  return (
    <header className="sidebar">
      <div className="brand">
        <p className="brand-name">Someday</p>
        <p className="brand-tagline">Warm follow-ups after a no.</p>
      </div>
      <nav className="nav" aria-label="Main">
        <NavList items={PRIMARY_ITEMS} {...props} />
        <NavList items={SECONDARY_ITEMS} {...props} />
      </nav>
      <p className="sidebar-note">
        <LockIcon />
        <span>Stays on this computer</span>
      </p>
    </header>
  );
}
