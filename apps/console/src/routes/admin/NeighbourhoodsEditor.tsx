import { Button, ErrorMessage, Fieldset, Label, TextInput } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { adminMessages as m } from './admin.messages';

/** The agency's neighbourhoods as an ordered list: add, remove, move up and down (buttons, so the keyboard does it all). */
export function NeighbourhoodsEditor({ value, error, onChange }: { value: string[]; error?: string; onChange: (next: string[]) => void }) {
  const intl = useIntl();
  const [adding, setAdding] = useState('');
  const move = (from: number, to: number) => {
    const next = [...value];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item);
    onChange(next);
  };
  const add = () => {
    const name = adding.trim();
    if (!name) return;
    onChange([...value, name]);
    setAdding('');
  };
  return (
    <Fieldset legend={intl.formatMessage(m.neighbourhoods)} className="margin-top-3">
      <p className="usa-hint" id="neighbourhoods-hint">
        {intl.formatMessage(m.neighbourhoodsHint)}
      </p>
      {error && <ErrorMessage id="neighbourhoods-error">{error}</ErrorMessage>}
      {value.length === 0 ? (
        <p>{intl.formatMessage(m.neighbourhoodsNone)}</p>
      ) : (
        <ol className="console-neighbourhoods">
          {value.map((name, i) => (
            <li key={`${name}-${i}`} className="display-flex flex-align-center flex-wrap">
              <span className="margin-right-2">{name}</span>
              <Button type="button" unstyled className="margin-right-2" disabled={i === 0} onClick={() => move(i, i - 1)}>
                {intl.formatMessage(m.moveUp, { name })}
              </Button>
              <Button type="button" unstyled className="margin-right-2" disabled={i === value.length - 1} onClick={() => move(i, i + 1)}>
                {intl.formatMessage(m.moveDown, { name })}
              </Button>
              <Button type="button" unstyled className="text-secondary-dark" onClick={() => onChange(value.filter((_, j) => j !== i))}>
                {intl.formatMessage(m.remove, { name })}
              </Button>
            </li>
          ))}
        </ol>
      )}
      <Label htmlFor="neighbourhood-new">{intl.formatMessage(m.newNeighbourhood)}</Label>
      <div className="display-flex flex-align-end">
        <TextInput
          id="neighbourhood-new"
          name="neighbourhood"
          type="text"
          value={adding}
          className="margin-top-0"
          onChange={(e) => setAdding(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <Button type="button" outline className="margin-left-1" onClick={add}>
          {intl.formatMessage(m.addNeighbourhood)}
        </Button>
      </div>
    </Fieldset>
  );
}
