import type { ReactNode } from 'react';
import {
  CheckIcon,
  DraftsIcon,
  LockIcon,
  PeopleIcon,
  PhoneIcon,
  SidebarIcon,
  SlidersIcon,
  TemplatesIcon,
} from '../ui/icons';
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
  { screen: 'templates', label: 'Templates', icon: <TemplatesIcon /> },
  { screen: 'rehearse', label: 'Rehearse', icon: <PhoneIcon /> },
];
const SECONDARY_ITEMS: NavItem[] = [{ screen: 'settings', label: 'Settings', icon: <SlidersIcon /> }];

interface SidebarProps {
  current: Screen;
  onNavigate: (screen: Screen) => void;
  /** An icon rail: labels are hidden from sight (still read out) and shown as a tooltip. */
  collapsed: boolean;
  onToggle: () => void;
}

function NavList({ items, current, onNavigate, collapsed }: Omit<SidebarProps, 'onToggle'> & { items: NavItem[] }) {
  return (
    <ul className="nav-list">
      {items.map((item) => (
        <li key={item.screen}>
          <button
            type="button"
            className="nav-item"
            aria-current={item.screen === current ? 'page' : undefined}
            title={collapsed ? item.label : undefined}
            onClick={() => onNavigate(item.screen)}
          >
            {item.icon}
            <span className="nav-label">{item.label}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

export function Sidebar({ onToggle, ...props }: SidebarProps) {
  return (
    <header className="sidebar" id="sidebar" data-collapsed={props.collapsed ? 'true' : 'false'}>
      <div className="brand">
        <button
          type="button"
          className="sidebar-toggle"
          aria-expanded={!props.collapsed}
          aria-controls="sidebar"
          title={props.collapsed ? 'Show the menu labels' : 'Hide the menu labels'}
          onClick={onToggle}
        >
          <SidebarIcon />
          <span className="visually-hidden">Sidebar</span>
        </button>
        <p className="brand-name">Someday</p>
        <p className="brand-tagline">Warm follow-ups after a no.</p>
      </div>
      <nav className="nav" aria-label="Main">
        <NavList items={PRIMARY_ITEMS} {...props} />
        <NavList items={SECONDARY_ITEMS} {...props} />
      </nav>
      <p className="sidebar-note" title={props.collapsed ? 'Your data stays on this computer' : undefined}>
        <LockIcon />
        <span className="nav-label">Stays on this computer</span>
      </p>
    </header>
  );
}
