import { useEffect, useState } from 'react';
import type { RecordingInfo } from '../../core/rehearsals';
import { call } from '../api';
import { describeError } from '../ui/error-message';

function base64ToBlob(data: string, type: string): Blob {
  const binary = window.atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}

/** Plays a saved answer: loaded from the data folder only when asked for. */
export function RecordingPlayer({ turnId, info, label }: { turnId: number; info: RecordingInfo; label: string }) {
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);

  async function load() {
    try {
      const recording = await call('recordings:get', { turnId });
      setUrl(URL.createObjectURL(base64ToBlob(recording.data, recording.mimeType)));
    } catch (failure) {
      setError(describeError(failure));
    }
  }

  if (url) return <audio controls src={url} aria-label={label} />;
  return (
    <div className="recording-player">
      <button type="button" className="button button-small" onClick={() => void load()}>
        Play your recording ({Math.max(1, Math.round(info.bytes / 1024))} KB)
      </button>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
