import { ComboBox, type ComboBoxOption } from '@trussworks/react-uswds';
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { common } from './common.messages';
import { useFocusLeavesFor } from './useFocusLeavesFor';

export type PickerOption = ComboBoxOption;

/** How long typing pauses before the API is asked for matches. */
const SEARCH_PAUSE_MS = 200;

/** The words typed into a picker, once typing pauses: what the caller asks the API to match. */
export function usePickerSearch(): [string, (text: string) => void] {
  const [typed, setTyped] = useState('');
  const [text, setText] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setText(typed.trim()), SEARCH_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  return [text, setTyped];
}

/**
 * Choosing one among a list that can grow long (organisations, forums, venues, staff, contacts):
 * the USWDS combo box, where typing filters. Give it the matches for what was typed (`onSearch`
 * reports the words; the caller asks the API with its `text` filter), and the chosen option so it
 * shows even when it is not among the matches. The combo box also narrows the matches by their
 * label as the officer types, so the list never shows an option that does not contain the words.
 * Label it with `<Label id={labelId} htmlFor={id}>`.
 */
export function SearchPicker({
  id,
  name,
  labelId,
  value,
  selected,
  options,
  onSearch,
  onChange,
  disabled,
}: {
  id: string;
  name: string;
  /** The id of the visible label, which also names the list of matches. */
  labelId: string;
  value: string;
  selected?: PickerOption | null;
  options: PickerOption[];
  onSearch?: (text: string) => void;
  /** The chosen value ('' when cleared) and its label. */
  onChange: (value: string, label: string) => void;
  disabled?: boolean;
}) {
  const intl = useIntl();
  // The combo box keeps its own choice; a value changed from outside (a reset) starts it afresh.
  const emitted = useRef(value);
  const [generation, restart] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (value !== emitted.current) {
      emitted.current = value;
      restart();
    }
  }, [value]);
  // One object per option across searches: the combo box finds its focused and chosen option by identity.
  const known = useRef(new Map<string, PickerOption>());
  const all = useMemo(() => {
    const chosen = selected && selected.value === value ? selected : null;
    const list = chosen && !options.some((o) => o.value === chosen.value) ? [chosen, ...options] : options;
    return list.map((option) => {
      const same = known.current.get(option.value);
      if (same && same.label === option.label) return same;
      known.current.set(option.value, option);
      return option;
    });
  }, [options, selected, value]);
  // The combo box narrows by what is typed, but shows every option it is given when they change:
  // give it only those that match the words typed so far, whenever the API's matches arrive.
  const [typed, setTyped] = useState('');
  const shown = useMemo(() => {
    const words = typed.trim().toLowerCase();
    return words ? all.filter((o) => o.label.toLowerCase().includes(words)) : all;
  }, [all, typed]);
  // Until the chosen option has arrived, the combo box would read the value as none: it waits, then starts with it.
  const resolved = !value || all.some((o) => o.value === value);
  // The combo box takes new matches on its next render; ask for one once they arrive.
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(rerender, [shown]);
  // The combo box words "no results" as a bare list item in its listbox, which assistive
  // technology cannot read there; make it a disabled option.
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = box.current;
    if (!root) return;
    const mark = () => {
      for (const item of root.querySelectorAll('.usa-combo-box__list-option--no-results:not([role])')) {
        item.setAttribute('role', 'option');
        item.setAttribute('aria-disabled', 'true');
        item.setAttribute('aria-selected', 'false');
      }
    };
    mark();
    const observer = new MutationObserver(mark);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
  useFocusLeavesFor(box);
  return (
    <div ref={box}>
      <ComboBox
        key={`${generation}-${resolved}`}
        id={id}
        name={name}
        options={shown}
        defaultValue={value || undefined}
        disabled={disabled}
        noResults={intl.formatMessage(common.noMatches)}
        inputProps={{
          onChange: (e) => {
            setTyped(e.target.value);
            onSearch?.(e.target.value);
          },
        }}
        ulProps={{ 'aria-labelledby': labelId }}
        onChange={(next) => {
          const chosen = next ?? '';
          if (!resolved || chosen === emitted.current) return;
          emitted.current = chosen;
          onChange(chosen, all.find((o) => o.value === chosen)?.label ?? '');
          // Chosen: the next time the list opens, it offers everything again.
          setTyped('');
          onSearch?.('');
        }}
      />
    </div>
  );
}
