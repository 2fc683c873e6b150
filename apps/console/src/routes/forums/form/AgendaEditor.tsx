import { Button, ErrorMessage, Fieldset, FormGroup, Label, TextInput, Textarea } from '@trussworks/react-uswds';
import { useLayoutEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { forumForm as m } from './forum-form.messages';
import { type AgendaRow, emptyAgendaRow } from './forum-form-values';

type Focus = { key: string; target: 'up' | 'down' | 'title' } | { key: null; target: 'add' };
type RowField = 'title' | 'speaker' | 'minutes' | 'notes';

/** The API's field name for each column of an agenda row. */
const API_FIELD: Record<RowField, string> = { title: 'title', speaker: 'speaker', minutes: 'durationMinutes', notes: 'notes' };

/**
 * Agenda items with Move up / Move down / Remove buttons. After a move, focus stays on the
 * button pressed (on the item in its new place) and a live region says where it went, so
 * reordering works by keyboard and screen reader alone.
 */
export function AgendaEditor({
  rows,
  onChange,
  errorFor,
}: {
  rows: AgendaRow[];
  onChange: (rows: AgendaRow[]) => void;
  /** The message for a field path such as `agenda.1.title`, if any. */
  errorFor: (path: string) => string | undefined;
}) {
  const intl = useIntl();
  const [announcement, setAnnouncement] = useState('');
  const pending = useRef<Focus | null>(null);
  const elements = useRef(new Map<string, HTMLElement | null>());
  const count = rows.length;
  const name = (row: AgendaRow) => row.title.trim() || intl.formatMessage(m.agendaUntitled);

  useLayoutEffect(() => {
    const want = pending.current;
    if (!want) return;
    pending.current = null;
    const id = want.key === null ? 'add' : `${want.key}-${want.target}`;
    let element = elements.current.get(id);
    // At the top or bottom the pressed button is disabled: the other one takes focus.
    if (element instanceof HTMLButtonElement && element.disabled && want.key !== null) {
      element = elements.current.get(`${want.key}-${want.target === 'up' ? 'down' : 'up'}`);
    }
    element?.focus();
  });

  const register = (id: string) => (element: HTMLElement | null) => {
    elements.current.set(id, element);
  };

  function update(key: string, field: RowField, value: string) {
    onChange(rows.map((row) => (row.key === key ? { ...row, [field]: value } : row)));
  }

  function move(index: number, by: -1 | 1) {
    const next = [...rows];
    const [row] = next.splice(index, 1);
    next.splice(index + by, 0, row);
    pending.current = { key: row.key, target: by < 0 ? 'up' : 'down' };
    onChange(next);
    setAnnouncement(intl.formatMessage(m.agendaMoved, { title: name(row), position: index + by + 1, count }));
  }

  function remove(index: number) {
    const row = rows[index];
    const next = rows.filter((_, i) => i !== index);
    const neighbour = next[index] ?? next[index - 1];
    pending.current = neighbour ? { key: neighbour.key, target: 'title' } : { key: null, target: 'add' };
    onChange(next);
    setAnnouncement(intl.formatMessage(m.agendaRemoved, { title: name(row), count: next.length }));
  }

  function add() {
    const row = emptyAgendaRow();
    pending.current = { key: row.key, target: 'title' };
    onChange([...rows, row]);
    setAnnouncement(intl.formatMessage(m.agendaAdded, { position: count + 1 }));
  }

  function field(row: AgendaRow, index: number, key: RowField, label: string, options: { required?: boolean; numeric?: boolean; long?: boolean } = {}) {
    const id = `${row.key}-${key}`;
    const error = errorFor(`agenda.${index}.${API_FIELD[key]}`);
    const errorId = `${id}-error`;
    const common = {
      id,
      name: id,
      value: row[key],
      'aria-invalid': Boolean(error),
      'aria-describedby': error ? errorId : undefined,
    };
    return (
      <FormGroup error={Boolean(error)} className="margin-top-2">
        <Label htmlFor={id}>
          {label}
          {options.required ? ' *' : ''}
        </Label>
        {error && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
        {options.long ? (
          <Textarea {...common} error={Boolean(error)} className="height-10" onChange={(e) => update(row.key, key, e.target.value)} />
        ) : (
          <TextInput
            {...common}
            validationStatus={error ? 'error' : undefined}
            ref={key === 'title' ? register(`${row.key}-title`) : undefined}
            type={options.numeric ? 'number' : 'text'}
            inputMode={options.numeric ? 'numeric' : undefined}
            min={options.numeric ? 1 : undefined}
            inputSize={options.numeric ? 'small' : undefined}
            onChange={(e) => update(row.key, key, e.target.value)}
          />
        )}
      </FormGroup>
    );
  }

  return (
    <Fieldset legend={intl.formatMessage(m.agendaLegend)} className="margin-top-4">
      <div role="status" className="usa-sr-only">
        {announcement}
      </div>
      {count === 0 && <p>{intl.formatMessage(m.agendaEmpty)}</p>}
      <ol className="usa-list usa-list--unstyled">
        {rows.map((row, index) => (
          <li key={row.key} className="border-top border-base-lighter padding-top-1 margin-top-2">
            <Fieldset legend={intl.formatMessage(m.agendaItem, { position: index + 1, count })} legendStyle="large">
              {field(row, index, 'title', intl.formatMessage(m.agendaTitle), { required: true })}
              {field(row, index, 'speaker', intl.formatMessage(m.agendaSpeaker))}
              {field(row, index, 'minutes', intl.formatMessage(m.agendaMinutes), { numeric: true })}
              {field(row, index, 'notes', intl.formatMessage(m.agendaNotes), { long: true })}
              <div className="margin-top-2">
                <Button type="button" outline ref={register(`${row.key}-up`)} disabled={index === 0} onClick={() => move(index, -1)}>
                  {intl.formatMessage(m.agendaMoveUp, { position: index + 1 })}
                </Button>
                <Button type="button" outline ref={register(`${row.key}-down`)} disabled={index === count - 1} onClick={() => move(index, 1)}>
                  {intl.formatMessage(m.agendaMoveDown, { position: index + 1 })}
                </Button>
                <Button type="button" secondary onClick={() => remove(index)}>
                  {intl.formatMessage(m.agendaRemove, { position: index + 1 })}
                </Button>
              </div>
            </Fieldset>
          </li>
        ))}
      </ol>
      <Button type="button" ref={register('add')} onClick={add} className="margin-top-2">
        {intl.formatMessage(m.agendaAdd)}
      </Button>
    </Fieldset>
  );
}
