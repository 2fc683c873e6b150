import { useQuery } from '@apollo/client/react';
import { Alert, AlertText, Button, ErrorMessage, FileInput, type FileInputRef, Form, FormGroup, Label, Table } from '@trussworks/react-uswds';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { type IntlShape, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import type { OrganisationImportFieldsFragment } from '../../graphql/generated/graphql';
import type { Problem } from '../../graphql/problem';
import { OrganisationImportQuery } from './partners.graphql';
import { partnersMessages as m } from './partners.messages';
import { type UploadOutcome, uploadImport } from './upload-import';
import './partners.css';

const FINISHED = ['DONE', 'REJECTED', 'FAILED'];
const POLL_MS = 500;

/** The file's whole-file problem (encoding, headers, size) in plain words, for beside the file field. */
function fileProblem(intl: IntlShape, outcome: Extract<UploadOutcome, { ok: false }>): string | null {
  const ext = outcome.extensions;
  if (outcome.status === 413) return intl.formatMessage(m.fileTooLarge);
  if (ext.field !== 'file') return null;
  if (ext.encoding) return intl.formatMessage(m.fileNotUtf8, { line: Number(ext.line ?? 1) });
  const list = (key: string) => (Array.isArray(ext[key]) ? (ext[key] as string[]) : []);
  const [missing, unknown, repeated] = [list('missingColumns'), list('unknownColumns'), list('repeatedColumns')];
  if (missing.length || unknown.length || repeated.length) {
    return [
      intl.formatMessage(m.fileWrongHeaders),
      missing.length ? intl.formatMessage(m.missingColumns, { columns: intl.formatList(missing) }) : '',
      unknown.length ? intl.formatMessage(m.unknownColumns, { columns: intl.formatList(unknown) }) : '',
      repeated.length ? intl.formatMessage(m.repeatedColumns, { columns: intl.formatList(repeated) }) : '',
    ]
      .filter(Boolean)
      .join(' ');
  }
  return outcome.message;
}

export default function PartnersImportPage() {
  const intl = useIntl();
  const fileRef = useRef<FileInputRef>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [uploading, setUploading] = useState(false);
  const [importId, setImportId] = useState<string | null>(null);
  const [checked, setChecked] = useState<OrganisationImportFieldsFragment | null>(null);

  const { data, startPolling, stopPolling } = useQuery(OrganisationImportQuery, {
    variables: { id: importId ?? '' },
    skip: !importId,
    fetchPolicy: 'network-only',
  });
  const current = importId && data?.organisationImport.id === importId ? data.organisationImport : null;
  const finished = current ? FINISHED.includes(current.status) : false;

  useEffect(() => {
    if (!importId) return;
    if (finished) stopPolling();
    else startPolling(POLL_MS);
    return () => stopPolling();
  }, [importId, finished, startPolling, stopPolling]);

  // A finished dry run is kept (its counts and rows); the result's heading gets focus so it is read next.
  useEffect(() => {
    if (!current || !finished) return;
    if (current.dryRun) setChecked(current);
    resultRef.current?.focus();
  }, [current, finished]);

  function reset() {
    setImportId(null);
    setChecked(null);
    setFileError(null);
    setProblem(null);
  }

  async function start(dryRun: boolean) {
    if (!file) {
      setFileError(intl.formatMessage(m.fileMissing));
      return;
    }
    const keep = dryRun ? null : checked;
    reset();
    setChecked(keep);
    setUploading(true);
    try {
      const outcome = await uploadImport(file, dryRun);
      if (outcome.ok) {
        setImportId(outcome.id);
        return;
      }
      const plain = fileProblem(intl, outcome);
      if (plain) setFileError(plain);
      else setProblem({ code: String(outcome.extensions.code ?? (outcome.status === 403 ? 'FORBIDDEN' : 'UNKNOWN')), message: outcome.message, fields: {}, extensions: outcome.extensions });
    } catch {
      setProblem({ code: 'UNAVAILABLE', message: '', fields: {}, extensions: {} });
    } finally {
      setUploading(false);
    }
  }

  function submitCheck(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void start(true);
  }

  const title = intl.formatMessage(m.importTitle);
  const running = uploading || (importId !== null && !finished);
  const dryRunValid = checked?.status === 'DONE';
  const result = finished ? current : null;

  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p>{intl.formatMessage(m.importIntro)}</p>
      <p className="font-body-2xs text-base-dark">{intl.formatMessage(m.importFormatLink)}</p>
      <ProblemAlert problem={problem} />
      <Form onSubmit={submitCheck} className="maxw-tablet">
        <FormGroup error={Boolean(fileError)}>
          <Label htmlFor="partners-import-file">{intl.formatMessage(m.fileLabel)}</Label>
          <span className="usa-hint" id="partners-import-file-hint">
            {intl.formatMessage(m.fileHint)}
          </span>
          {fileError && <ErrorMessage id="partners-import-file-error">{fileError}</ErrorMessage>}
          <FileInput
            ref={fileRef}
            id="partners-import-file"
            name="file"
            accept=".csv,text/csv"
            aria-describedby={fileError ? 'partners-import-file-hint partners-import-file-error' : 'partners-import-file-hint'}
            aria-invalid={Boolean(fileError)}
            dragText={intl.formatMessage(m.fileDragText)}
            chooseText={intl.formatMessage(m.fileChooseText)}
            changeSelectedFileText={intl.formatMessage(m.fileChangeText)}
            previewSingleSelectedFileText={intl.formatMessage(m.fileSelectedText)}
            errorText={intl.formatMessage(m.fileWrongType)}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              reset();
            }}
          />
        </FormGroup>
        <Button type="submit" disabled={running} className="margin-top-2">
          {intl.formatMessage(running ? (checked ? m.importing : m.checking) : m.check)}
        </Button>
      </Form>

      {current && (
        <div className="margin-top-3">
          <progress
            className="partners-progress"
            max={100}
            value={current.progress}
            aria-label={intl.formatMessage(current.dryRun ? m.checkProgressLabel : m.progressLabel)}
            aria-describedby="partners-import-progress-text"
          />
          <p id="partners-import-progress-text" className="margin-top-05">
            {intl.formatMessage(m.progressText, { percent: current.progress })}
          </p>
        </div>
      )}

      {result?.status === 'FAILED' && (
        <Alert type="error" role="alert">
          <AlertText>{intl.formatMessage(m.importFailed)}</AlertText>
        </Alert>
      )}

      {result?.status === 'REJECTED' && (
        <section className="margin-top-3">
          <h2 ref={resultRef} tabIndex={-1} className="console-heading">
            {intl.formatMessage(m.errorsHeading, { count: result.errorCount })}
          </h2>
          <p>{intl.formatMessage(m.errorsIntro)}</p>
          {result.dryRun && <p>{intl.formatMessage(m.wouldDoPartial, { created: result.created, updated: result.updated, unchanged: result.unchanged })}</p>}
          {result.errorCount > result.errors.length && <p>{intl.formatMessage(m.errorsMore, { shown: result.errors.length, count: result.errorCount })}</p>}
          <div className="console-table-wrap">
            <Table fullWidth striped>
              <caption>{intl.formatMessage(m.errorsCaption)}</caption>
              <thead>
                <tr>
                  <th scope="col">{intl.formatMessage(m.colRow)}</th>
                  <th scope="col">{intl.formatMessage(m.colColumn)}</th>
                  <th scope="col">{intl.formatMessage(m.colMessage)}</th>
                </tr>
              </thead>
              <tbody>
                {result.errors.map((e, i) => (
                  <tr key={`${e.row}-${e.column ?? ''}-${i}`}>
                    <th scope="row">{e.row}</th>
                    <td>{e.column ?? intl.formatMessage(m.wholeRow)}</td>
                    <td>{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </div>
        </section>
      )}

      {result?.status === 'DONE' && result.dryRun && dryRunValid && (
        <section className="margin-top-3">
          <h2 ref={resultRef} tabIndex={-1} className="console-heading">
            {intl.formatMessage(m.checkedHeading)}
          </h2>
          <p>{intl.formatMessage(m.wouldDo, { created: result.created, updated: result.updated, unchanged: result.unchanged })}</p>
          <Button type="button" onClick={() => void start(false)} disabled={running}>
            {intl.formatMessage(m.importNow, { rows: result.totalRows ?? 0 })}
          </Button>
        </section>
      )}

      {result?.status === 'DONE' && !result.dryRun && (
        <section className="margin-top-3">
          <h2 ref={resultRef} tabIndex={-1} className="console-heading">
            {intl.formatMessage(m.summaryHeading)}
          </h2>
          <p>{intl.formatMessage(m.summaryTotals, { created: result.created, updated: result.updated, unchanged: result.unchanged })}</p>
          <Table>
            <caption>{intl.formatMessage(m.summaryCaption)}</caption>
            <thead>
              <tr>
                <th scope="col">{intl.formatMessage(m.colWhat)}</th>
                <th scope="col">{intl.formatMessage(m.colCreated)}</th>
                <th scope="col">{intl.formatMessage(m.colUpdated)}</th>
                <th scope="col">{intl.formatMessage(m.colUnchanged)}</th>
              </tr>
            </thead>
            <tbody>
              {(
                [
                  [m.rowOrganisations, result.organisations],
                  [m.rowContacts, result.contacts],
                  [m.rowTotal, result],
                ] as const
              ).map(([label, counts]) => (
                <tr key={label.id}>
                  <th scope="row">{intl.formatMessage(label)}</th>
                  <td>{intl.formatNumber(counts.created)}</td>
                  <td>{intl.formatNumber(counts.updated)}</td>
                  <td>{intl.formatNumber(counts.unchanged)}</td>
                </tr>
              ))}
            </tbody>
          </Table>
          <div className="partners-actions">
            <Link className="usa-button" to="/partners">
              {intl.formatMessage(m.viewDirectory)}
            </Link>
            <Button
              type="button"
              outline
              onClick={() => {
                fileRef.current?.clearFiles();
                setFile(null);
                reset();
                document.getElementById('partners-import-file')?.focus();
              }}
            >
              {intl.formatMessage(m.importAnother)}
            </Button>
          </div>
        </section>
      )}
    </>
  );
}
