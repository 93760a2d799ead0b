export function ScreenLoading() {
  return (
    <div className="screen screen-loading" aria-busy="true">
      <p className="screen-loading-text">Loading…</p>
    </div>
  );
}
