/** What cleaning took out of a document as page furniture ("Advertisement", photo credits). */
export function RemovedFurniture(props: { readonly pieces: readonly string[] }) {
  const { pieces } = props;
  return (
    <>
      <h3>Removed as page furniture ({pieces.length})</h3>
      {pieces.length === 0 ? (
        <p className="empty">Nothing was removed.</p>
      ) : (
        <ul className="removed-list">
          {pieces.map((piece, i) => (
            <li key={i}>{piece}</li>
          ))}
        </ul>
      )}
    </>
  );
}
