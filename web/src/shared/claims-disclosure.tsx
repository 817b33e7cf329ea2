import { useState } from 'react';
import { ClaimAccountOf } from './claim-account';
import { ShowMoreList } from './show-more-list';

/** "n claims", opening onto their accounts; they are loaded only when opened. */
export function ClaimsDisclosure(props: {
  readonly ids: readonly string[];
  readonly summary: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details className="claims-disclosure" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{props.summary}</summary>
      {open && (
        <ShowMoreList
          items={props.ids}
          keyOf={(id) => id}
          render={(id) => <ClaimAccountOf id={id} />}
          empty="No claims."
        />
      )}
    </details>
  );
}
