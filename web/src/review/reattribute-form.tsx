import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../api/api-client';
import type { Claim } from '../api/api-types';
import { useResource } from '../state/use-resource';

/**
 * Names another origin for a claim: who the words are from. The publisher and any agency
 * before the origin stay; the server links a recorded source of that name or alias.
 */
export function ReattributeForm(props: {
  readonly claim: Claim;
  readonly busy: boolean;
  readonly onReattribute: (origin: string) => void;
  readonly onCancel: () => void;
}) {
  const { claim, busy, onReattribute, onCancel } = props;
  const [origin, setOrigin] = useState('');
  const sources = useResource((at) => api.sources(at), []).data ?? [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (origin.trim() !== '') onReattribute(origin.trim());
  };
  return (
    <form
      className="claim-editor reattribute-form"
      aria-label="Re-attribute the claim"
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <label>
        New origin (now: {claim.content.attribution.at(-1)?.name})
        <input
          autoFocus
          value={origin}
          list="reattribute-sources"
          onChange={(e) => setOrigin(e.currentTarget.value)}
        />
      </label>
      <datalist id="reattribute-sources">
        {sources.map((s) => (
          <option key={s.id} value={s.name} />
        ))}
      </datalist>
      <div className="field-row">
        <button type="submit" className="primary" disabled={busy || origin.trim() === ''}>
          Re-attribute <kbd>Enter</kbd>
        </button>
        <button type="button" onClick={onCancel}>
          Cancel <kbd>Esc</kbd>
        </button>
      </div>
    </form>
  );
}
