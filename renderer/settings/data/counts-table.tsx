import type { TableCounts } from '../../../core/data';

/** What an import or a restore brings in and takes away, table by table. */
export function CountsTable({ tables, caption }: { tables: readonly TableCounts[]; caption: string }) {
  return (
    <table className="counts-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">What</th>
          <th scope="col">In the file</th>
          <th scope="col">New</th>
          <th scope="col">Replaced</th>
          <th scope="col">Removed</th>
        </tr>
      </thead>
      <tbody>
        {tables.map((table) => (
          <tr key={table.table}>
            <th scope="row">{table.label}</th>
            <td>{table.incoming}</td>
            <td>{table.added}</td>
            <td>{table.replaced}</td>
            <td>{table.removed}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
