import { createContext, useContext, useLayoutEffect } from 'react';

/**
 * While a modal dialog is open the rest of the app is made `inert`. Radix only marks the background
 * aria-hidden, which leaves its buttons focusable to assistive tech (axe: aria-hidden-focus). The
 * layout effect flips it synchronously so focus can return to the trigger when the dialog closes.
 */
export const ModalBackgroundContext = createContext<(inert: boolean) => void>(() => undefined);

export function useInertBackground(open: boolean): void {
  const setBackgroundInert = useContext(ModalBackgroundContext);
  useLayoutEffect(() => {
    if (!open) return undefined;
    setBackgroundInert(true);
    return () => setBackgroundInert(false);
  }, [open, setBackgroundInert]);
}
