import { lazy, Suspense, useEffect } from 'react';
import { useArrivalHeading } from '../shell/navigation';
import { BackToDrafts } from './editor-header';
import { useDraftData } from './use-draft-data';

/**
 * The workspace (CodeMirror, the coach) is a chunk of its own, fetched while the draft is read, so
 * neither the first load nor the drafts list pays for it.
 */
const loadWorkspace = () => import('./draft-workspace');
const DraftWorkspace = lazy(() => loadWorkspace().then((module) => ({ default: module.DraftWorkspace })));

function EditorMessage({ title, text }: { title: string; text: string }) {
  const headingRef = useArrivalHeading();
  return (
    <div className="screen editor-screen">
      <div className="editor-header">
        <BackToDrafts />
      </div>
      <div className="empty-state" role="alert">
        <h1 className="screen-title" tabIndex={-1} ref={headingRef}>
          {title}
        </h1>
        <p className="empty-text">{text}</p>
      </div>
    </div>
  );
}

function Opening() {
  return (
    <div className="screen editor-screen" aria-busy="true">
      <p className="screen-loading-text">Opening the draft…</p>
    </div>
  );
}

export function DraftEditor({ draftId }: { draftId: number }) {
  const load = useDraftData(draftId);
  useEffect(() => void loadWorkspace(), []);
  if (load.kind === 'loading') return <Opening />;
  if (load.kind === 'failed') return <EditorMessage title="This draft didn’t open" text={load.message} />;
  return (
    <Suspense fallback={<Opening />}>
      <DraftWorkspace draft={load.data.draft} contact={load.data.contact} />
    </Suspense>
  );
}
