import { useState } from 'react';
import type { FormEvent } from 'react';
import { api, refusalMessage } from '../api/api-client';
import type {
  Actor,
  Claim,
  ClaimContent,
  ClaimDraft,
  EventType,
  Iso,
  Quantity,
} from '../api/api-types';
import { AttributionChain } from '../shared/attribution-chain';
import { words } from '../format/labels';
import { fromWallTime, toWallTime } from '../format/wall-time';
import { useAgreement } from '../state/agreement-context';
import { useResource } from '../state/use-resource';

const ROLES: readonly Actor['role'][] = ['agent', 'target', 'recipient', 'intermediary'];

/** Splits "women, children" into ["women", "children"]. */
const listOf = (text: string): string[] =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** What the form starts from: a recorded claim's content, or a draft's, whose type may be open. */
type Editable = Omit<ClaimContent, 'type'> & { readonly type: EventType | null };

/** Where the draft's time came from, in words. */
const TIME_FROM: Readonly<Record<ClaimDraft['timeFrom'], string>> = {
  selection: 'read from the selected words',
  sentence: 'read from their sentence',
  publication: 'no time in the sentence: before publication',
  none: 'no time in the sentence, and the document has no publication time',
};

/**
 * Corrects what a claim reads the words as: its type, modality, time, actors, quantities and
 * categories. The quoted words and their attribution stay as the document has them. Given a
 * draft instead (words selected in the reader, read by the server's ingest stages), it writes
 * down a new claim for review, assigned to the agreement shown.
 */
export function ClaimEditor(props: {
  readonly claim?: Claim;
  readonly draft?: ClaimDraft;
  readonly onSaved: (saved: Claim) => void;
  readonly onCancel: () => void;
}) {
  const { claim, draft, onSaved, onCancel } = props;
  const { timeZone, id: agreement } = useAgreement();
  const original: Editable = claim?.content ?? draft!.content;
  const wallTimeOf = (iso: Iso | null) => (iso ? toWallTime(iso, timeZone) : '');
  const instantOf = (wallTime: string) => (wallTime ? fromWallTime(wallTime, timeZone) : null);
  const [type, setType] = useState(original.type);
  const [modality, setModality] = useState(original.modality);
  const [earliest, setEarliest] = useState(wallTimeOf(original.when.earliest));
  const [latest, setLatest] = useState(wallTimeOf(original.when.latest));
  const [actors, setActors] = useState<Actor[]>([...original.actors]);
  const [quantities, setQuantities] = useState<Quantity[]>([...original.quantities]);
  const [categories, setCategories] = useState(original.categories.join(', '));
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // The lists come from the server's tables; until they arrive, the claim's own values stand.
  const vocabulary = useResource((at) => api.vocabulary(at), []).data;
  const eventTypes =
    vocabulary?.eventTypes.map((t) => t.id) ?? (original.type === null ? [] : [original.type]);
  const modalities = vocabulary?.modalities ?? [original.modality];
  const qualifiers = vocabulary?.qualifiers ?? [...new Set(quantities.map((q) => q.qualifier))];

  const changeActor = (i: number, change: Partial<Actor>) =>
    setActors((list) => list.map((a, j) => (j === i ? { ...a, ...change } : a)));
  const changeQuantity = (i: number, change: Partial<Quantity>) =>
    setQuantities((list) => list.map((q, j) => (j === i ? { ...q, ...change } : q)));

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (type === null) {
      setProblem('Choose the event type: no event word in the sentence names one.');
      return;
    }
    const timesEdited =
      earliest !== wallTimeOf(original.when.earliest) ||
      latest !== wallTimeOf(original.when.latest);
    const edited: Partial<ClaimContent> = {
      type,
      modality,
      // Times an analyst enters are known to the minute (the label keeps what the text said).
      when: timesEdited
        ? {
            ...original.when,
            earliest: instantOf(earliest),
            latest: instantOf(latest),
            precision: earliest || latest ? 'minute' : 'unresolved',
          }
        : original.when,
      actors,
      quantities,
      categories: listOf(categories),
    };
    // Only what changed is sent, so the ledger's entry says what the analyst corrected.
    const changes = Object.fromEntries(
      Object.entries(edited).filter(
        ([field, value]) =>
          JSON.stringify(value) !== JSON.stringify(original[field as keyof ClaimContent]),
      ),
    ) as Partial<ClaimContent>;
    if (claim !== undefined && Object.keys(changes).length === 0) {
      setProblem('Nothing was changed.');
      return;
    }
    setSaving(true);
    const saved =
      claim === undefined
        ? api.addClaim({
            document: draft!.document,
            content: { ...original, ...edited, type },
            ...(agreement === null ? {} : { agreements: [agreement] }),
          })
        : api.edit(claim, changes, note || undefined);
    saved.then(
      (edited) => {
        setSaving(false);
        onSaved(edited);
      },
      (error: Error) => {
        setSaving(false);
        setProblem(refusalMessage(error));
      },
    );
  };

  return (
    <form
      className="claim-editor"
      onSubmit={save}
      aria-label={claim === undefined ? 'New claim' : 'Edit the claim'}
    >
      {draft && (
        <div className="draft-words">
          <blockquote className="quote" aria-label="Quoted words">
            {draft.content.text}
          </blockquote>
          <p className="hint">
            Characters {draft.content.span?.[0]}–{draft.content.span?.[1]} of the document
          </p>
          <AttributionChain links={draft.content.attribution} selfReportBy={null} />
          <p className="hint draft-time">
            {draft.content.when.label ? `“${draft.content.when.label}”: ` : ''}
            {TIME_FROM[draft.timeFrom]}
          </p>
          {draft.warnings.map((w) => (
            <p key={w} className="hint">
              {w}
            </p>
          ))}
        </div>
      )}
      <div className="field-row">
        <label>
          Event type
          <select value={type ?? ''} onChange={(e) => setType(e.currentTarget.value as EventType)}>
            {type === null && <option value="">Choose…</option>}
            {eventTypes.map((t) => (
              <option key={t} value={t}>
                {words(t)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Modality
          <select
            value={modality}
            onChange={(e) => setModality(e.currentTarget.value as typeof modality)}
          >
            {modalities.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
        </label>
      </div>
      <fieldset>
        <legend>When ({timeZone}); leave an end empty when it is not known</legend>
        <label>
          Earliest
          <input
            type="datetime-local"
            value={earliest}
            onChange={(e) => setEarliest(e.currentTarget.value)}
          />
        </label>
        <label>
          Latest
          <input
            type="datetime-local"
            value={latest}
            onChange={(e) => setLatest(e.currentTarget.value)}
          />
        </label>
      </fieldset>
      <fieldset>
        <legend>Actors</legend>
        {actors.map((actor, i) => (
          <div className="field-row" key={i}>
            <label>
              Name
              <input
                value={actor.name}
                onChange={(e) => changeActor(i, { name: e.currentTarget.value })}
              />
            </label>
            <label>
              Role
              <select
                value={actor.role}
                onChange={(e) => changeActor(i, { role: e.currentTarget.value as Actor['role'] })}
              >
                {ROLES.map((r) => (
                  <option key={r}>{r}</option>
                ))}
              </select>
            </label>
            <label>
              Party
              <input
                value={actor.party ?? ''}
                size={10}
                onChange={(e) => changeActor(i, { party: e.currentTarget.value || null })}
              />
            </label>
            <button type="button" onClick={() => setActors((l) => l.filter((_, j) => j !== i))}>
              Remove
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() => setActors((l) => [...l, { name: '', role: 'agent', party: null }])}
        >
          Add an actor
        </button>
      </fieldset>
      <fieldset>
        <legend>Quantities; an empty maximum is unbounded</legend>
        {quantities.map((q, i) => (
          <div className="field-row" key={i}>
            <label>
              Unit
              <input
                value={q.unit}
                size={8}
                list="vocabulary-units"
                onChange={(e) => changeQuantity(i, { unit: e.currentTarget.value })}
              />
            </label>
            <label>
              Min
              <input
                type="number"
                min={0}
                value={q.min}
                onChange={(e) => changeQuantity(i, { min: Number(e.currentTarget.value) })}
              />
            </label>
            <label>
              Max
              <input
                type="number"
                min={0}
                value={q.max ?? ''}
                onChange={(e) =>
                  changeQuantity(i, {
                    max: e.currentTarget.value === '' ? null : Number(e.currentTarget.value),
                  })
                }
              />
            </label>
            <label>
              Qualifier
              <select
                value={q.qualifier}
                onChange={(e) =>
                  changeQuantity(i, { qualifier: e.currentTarget.value as Quantity['qualifier'] })
                }
              >
                {qualifiers.map((x) => (
                  <option key={x} value={x}>
                    {words(x)}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={() => setQuantities((l) => l.filter((_, j) => j !== i))}>
              Remove
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() =>
            setQuantities((l) => [...l, { unit: 'people', min: 0, max: 0, qualifier: 'exact' }])
          }
        >
          Add a quantity
        </button>
        <datalist id="vocabulary-units">
          {vocabulary?.units.map((u) => (
            <option key={u} value={u} />
          ))}
        </datalist>
      </fieldset>
      <label>
        Categories of persons (comma-separated)
        <input value={categories} onChange={(e) => setCategories(e.currentTarget.value)} />
        <small>Known: {vocabulary?.categories.join(', ') ?? '…'}</small>
      </label>
      {claim && (
        <label>
          Note for the record
          <input value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        </label>
      )}
      {problem && (
        <p role="alert" className="problem">
          {problem}
        </p>
      )}
      <div className="field-row">
        <button type="submit" className="primary" disabled={saving}>
          {claim === undefined ? 'Save the new claim' : 'Save the edit'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
