import type { AppInfo } from '../../core/settings';
import { useApiRead } from '../ui/use-api';

const MODE_LABELS: Record<AppInfo['mode'], string> = {
  electron: 'Desktop app',
  browser: 'Browser mode (served only to this computer)',
};

function InfoRow({ term, value, code = false }: { term: string; value: string; code?: boolean }) {
  return (
    <div className="info-row">
      <dt>{term}</dt>
      <dd>{code ? <code className="path">{value}</code> : value}</dd>
    </div>
  );
}

export function AboutData() {
  const { data: info, error } = useApiRead('app:info');

  return (
    <section className="settings-section" aria-labelledby="about-data-title">
      <h2 id="about-data-title" className="settings-section-title">
        About your data
      </h2>
      <p className="settings-text">
        Everything you write in Someday stays in one file on this computer. Nothing is sent anywhere: no account, no
        cloud, no tracking.
      </p>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {info ? (
        <dl className="info-list">
          <InfoRow term="Mode" value={MODE_LABELS[info.mode]} />
          <InfoRow term="Data folder" value={info.dataDir} code />
          <InfoRow term="Database file" value={info.databaseFile} code />
          <InfoRow term="App version" value={info.version} />
        </dl>
      ) : null}
    </section>
  );
}
