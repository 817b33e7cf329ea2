import { useState } from 'react';
import type { DragEvent, FormEvent } from 'react';
import { api } from '../api/api-client';
import type { Extraction, Ingested, NewReport } from '../api/api-types';
import { fromWallTime } from '../format/wall-time';
import { ClaimContentAccount } from '../shared/claim-account';
import { DocumentText } from '../shared/document-text';
import { RemovedFurniture } from '../shared/removed-furniture';
import { useAgreement } from '../state/agreement-context';
import { useRecord } from '../state/record-context';
import { hrefOf, useViewLocation, viewAt } from '../state/view-location';
import { countOf } from '../format/format-count';

type Format = 'auto' | 'text' | 'html';

const formatOfFile = (name: string): Format => (/\.html?$/i.test(name) ? 'html' : 'text');

/**
 * Paste or drop a report (plain text or HTML), preview the claims Truce reads from it, then
 * send it to the review queue. The report is only ever shown as text.
 */
export function ReportUpload() {
  const { timeZone, id: agreement } = useAgreement();
  const { recordChanged } = useRecord();
  const [location] = useViewLocation();
  const [text, setText] = useState('');
  const [format, setFormat] = useState<Format>('auto');
  const [title, setTitle] = useState('');
  const [publisher, setPublisher] = useState('');
  const [published, setPublished] = useState('');
  const [preview, setPreview] = useState<Extraction | null>(null);
  const [sent, setSent] = useState<Ingested | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const report = (): NewReport => ({
    text,
    ...(format === 'auto' ? {} : { format }),
    ...(title ? { title } : {}),
    ...(publisher ? { publisher } : {}),
    ...(published ? { published: fromWallTime(published, timeZone) } : {}),
    ...(agreement ? { agreement } : {}),
  });

  const run = <T,>(call: Promise<T>, done: (result: T) => void) => {
    setBusy(true);
    setProblem(null);
    call.then(
      (result) => {
        setBusy(false);
        done(result);
      },
      (error: Error) => {
        setBusy(false);
        setProblem(error.message);
      },
    );
  };

  const changeText = (value: string) => {
    setText(value);
    setPreview(null);
    setSent(null);
  };

  const readFile = (file: File) => {
    setFormat(formatOfFile(file.name));
    if (!title) setTitle(file.name);
    void file.text().then(changeText);
  };

  const drop = (event: DragEvent) => {
    const file = event.dataTransfer.files[0];
    if (file === undefined) return; // dropped text: the textarea takes it as typed
    event.preventDefault();
    readFile(file);
  };

  const send = (event: FormEvent) => {
    event.preventDefault();
    run(api.upload(report()), (outcome) => {
      setSent(outcome);
      recordChanged();
    });
  };

  return (
    <div className="report-upload">
      <section aria-labelledby="upload-heading">
        <h2 id="upload-heading">Add a report</h2>
        <form onSubmit={send} className="upload-form">
          <label htmlFor="report-text">
            Report text: paste it, or drop a text or HTML file here
          </label>
          <textarea
            id="report-text"
            rows={10}
            value={text}
            onChange={(e) => changeText(e.currentTarget.value)}
            onDragOver={(e) => e.preventDefault()}
            onDrop={drop}
          />
          <label>
            Or choose a file{' '}
            <input
              type="file"
              accept=".txt,.html,.htm,text/plain,text/html"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                if (file !== undefined) readFile(file);
              }}
            />
          </label>
          <div className="field-row">
            <label>
              Format
              <select value={format} onChange={(e) => setFormat(e.currentTarget.value as Format)}>
                <option value="auto">recognise</option>
                <option value="text">plain text</option>
                <option value="html">HTML</option>
              </select>
            </label>
            <label>
              Title
              <input value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
            </label>
            <label>
              Publisher
              <input value={publisher} onChange={(e) => setPublisher(e.currentTarget.value)} />
            </label>
            <label>
              Published ({timeZone})
              <input
                type="datetime-local"
                value={published}
                onChange={(e) => setPublished(e.currentTarget.value)}
              />
            </label>
          </div>
          <p className="hint">
            Without a publication time, relative dates (“on Thursday”) stay unresolved.
          </p>
          <div className="field-row">
            <button
              type="button"
              disabled={busy || text.trim() === ''}
              onClick={() => run(api.extract(report()), setPreview)}
            >
              Preview the claims
            </button>
            <button type="submit" className="primary" disabled={busy || text.trim() === ''}>
              Send to review
            </button>
          </div>
          {problem && (
            <p role="alert" className="problem">
              {problem}
            </p>
          )}
          {sent && (
            <p role="status" className="sent">
              {sent.outcome === 'known'
                ? 'This report was already recorded. '
                : `Recorded, with ${countOf(sent.claims.length, 'claim')} to review. `}
              <a href={hrefOf(viewAt(location, 'review', sent.document.id))}>Review its claims</a> ·{' '}
              <a href={hrefOf(viewAt(location, 'documents', sent.document.id))}>
                Read the document
              </a>
            </p>
          )}
        </form>
      </section>
      {preview && (
        <section aria-labelledby="preview-heading" className="upload-preview">
          <h2 id="preview-heading">
            Preview: {countOf(preview.claims.length, 'claim')} (nothing stored yet)
          </h2>
          {preview.warnings.length > 0 && (
            <ul className="warnings" aria-label="Warnings">
              {preview.warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          )}
          <div className="preview-columns">
            <DocumentText
              text={preview.document.cleanText}
              marks={preview.claims.map((c, i) => ({ id: `preview-${i}`, span: c.span }))}
              active={null}
            />
            <ul className="plain-list">
              {preview.claims.map((content, i) => (
                <li key={i}>
                  <ClaimContentAccount
                    content={content}
                    label={`Suggested claim ${i + 1}`}
                    reading={preview.readings?.[i]}
                  >
                    <span className="ref">rule {content.rule}</span>
                  </ClaimContentAccount>
                </li>
              ))}
            </ul>
          </div>
          <RemovedFurniture pieces={preview.document.removed} />
        </section>
      )}
    </div>
  );
}
