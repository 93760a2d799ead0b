import { useArrivalHeading } from './navigation';
import type { ReactNode } from 'react';

interface ScreenHeaderProps {
  title: string;
  subtitle: ReactNode;
  /** The heading that takes focus on arrival (useArrivalHeading). */
  headingRef: (element: HTMLElement | null) => void;
  /** The subtitle is a live count (a list's total) that a screen reader should hear change. */
  live?: boolean;
  /** The screen's main action (New contact, New draft). */
  children?: ReactNode;
}

/** Every screen's title row: the heading, one line under it, and its main action. */
export function ScreenHeader({ title, subtitle, headingRef, live = false, children }: ScreenHeaderProps) {
  return (
    <div className="screen-header">
      <div>
        <h1 className="screen-title" tabIndex={-1} ref={headingRef}>
          {title}
        </h1>
        <p className="screen-subtitle" aria-live={live ? 'polite' : undefined}>
          {subtitle}
        </p>
      </div>
      {children}
    </div>
  );
}

interface ScreenProps {
  /** The screen's own class, beside `screen` (its feature sheet styles it). */
  className: string;
  title: string;
  subtitle: ReactNode;
  children: ReactNode;
}

/** A screen without a main action: its title row (the heading takes focus on arrival), then its body. */
export function Screen({ className, title, subtitle, children }: ScreenProps) {
  const headingRef = useArrivalHeading();
  return (
    <div className={`screen ${className}`}>
      <ScreenHeader headingRef={headingRef} title={title} subtitle={subtitle} />
      {children}
    </div>
  );
}
