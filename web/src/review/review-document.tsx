import { api } from '../api/api-client';
import { DocumentText, marksOf } from '../shared/document-text';
import { ResourceStatus } from '../shared/resource-status';
import { useResource } from '../state/use-resource';

/** The document a claim comes from, with the claim's span highlighted and in view. */
export function ReviewDocument(props: { readonly document: string; readonly claim: string }) {
  const document = useResource((at) => api.document(props.document, null, at), [props.document]);
  if (document.data === undefined)
    return <ResourceStatus resource={document} what="the document" />;
  const { document: doc, claims } = document.data;
  return (
    <article aria-label="The claim's document" className="review-document">
      <h3>{doc.title ?? 'Untitled document'}</h3>
      <p className="document-meta">{doc.credit.line}</p>
      <DocumentText
        text={doc.cleanText ?? doc.rawText}
        marks={marksOf(claims)}
        active={props.claim}
      />
    </article>
  );
}
