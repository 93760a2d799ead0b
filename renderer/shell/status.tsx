import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';

interface StatusMessage {
  id: number;
  text: string;
}

const AnnounceContext = createContext<(text: string) => void>(() => undefined);
const MessageContext = createContext<StatusMessage>({ id: 0, text: '' });

const VISIBLE_MS = 4000;

export function StatusProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<StatusMessage>({ id: 0, text: '' });
  const announce = useCallback((text: string) => setMessage((previous) => ({ id: previous.id + 1, text })), []);

  useEffect(() => {
    if (!message.text) return undefined;
    const timer = window.setTimeout(
      () => setMessage((previous) => (previous.id === message.id ? { ...previous, text: '' } : previous)),
      VISIBLE_MS,
    );
    return () => window.clearTimeout(timer);
  }, [message]);

  return (
    <AnnounceContext value={announce}>
      <MessageContext value={message}>{children}</MessageContext>
    </AnnounceContext>
  );
}

export function useAnnounce(): (text: string) => void {
  return useContext(AnnounceContext);
}

export function StatusLine() {
  const message = useContext(MessageContext);
  return (
    <div className="status-line" role="status" aria-live="polite" data-visible={message.text ? 'true' : 'false'}>
      {message.text ? <span key={message.id}>{message.text}</span> : null}
    </div>
  );
}
