import { useArrivalHeading } from '../shell/navigation';
import { BackToDrafts } from './editor-header';
import { DraftWorkspace } from './draft-workspace';
import { useDraftData } from './use-draft-data';

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

export function DraftEditor({ draftId }: { draftId: number }) {
  const load = useDraftData(draftId);
  if (load.kind === 'loading') {
    return (
      <div className="screen editor-screen" aria-busy="true">
        <p className="screen-loading-text">Opening the draft…</p>
      </div>
    );
  }
  if (load.kind === 'failed') return <EditorMessage title="This draft didn’t open" text={load.message} />;
  return <DraftWorkspace draft={load.data.draft} contact={load.data.contact} />;
}
