// One draft, two views. The form edits the draft object; the YAML view edits text that is parsed
// into the draft on every keystroke that parses. Switching never loses anything: YAML that does not
// parse keeps the user in the YAML view with the parser's reason, and text the form did not touch
// since it was parsed comes back exactly as typed (comments included).
import { useCallback, useState } from 'react';
import { withServerFields } from '../../k8s/server-fields';
import type { Draft, PathKey } from './draft';
import { fromYAML, setIn, toYAML } from './draft';

export type EditorView = 'form' | 'yaml';

interface SyncState<R> {
  view: EditorView;
  draft: R;
  yamlText: string;
  /** The draft the YAML text stands for; while the draft is still this object the text is kept. */
  yamlOf: R;
  /** Why the YAML text does not parse (js-yaml's words), '' when it is not one mapping. */
  yamlError?: string;
  /** The user typed the text (else it was written from the draft, and may be written again). */
  yamlTyped: boolean;
}

export interface FormYamlSync<R> {
  view: EditorView;
  draft: R;
  yamlText: string;
  yamlError?: string;
  /** Sets one field of the draft (undefined removes it). */
  setField: (path: PathKey[], value: unknown) => void;
  setYamlText: (text: string) => void;
  /** False when the switch was refused (YAML that does not parse). */
  switchTo: (view: EditorView) => boolean;
  /** Starts over from `object` (reload after a conflict, or the user's changes applied onto theirs). */
  reset: (object: R) => void;
  /**
   * Puts the draft on a newer version that differs only in what the server writes (status,
   * resourceVersion): the user's edit and typed YAML stay as they are.
   */
  rebase: (server: Draft) => void;
}

const fresh = <R extends Draft>(object: R, view: EditorView): SyncState<R> => ({
  view,
  draft: object,
  yamlText: toYAML(object),
  yamlOf: object,
  yamlTyped: false,
});

export const useFormYamlSync = <R extends Draft>(
  initial: R,
  initialView: EditorView = 'form',
): FormYamlSync<R> => {
  const [state, setState] = useState<SyncState<R>>(() => fresh(initial, initialView));

  const setField = useCallback(
    (path: PathKey[], value: unknown) =>
      setState((s) => {
        const draft = setIn(s.draft, path, value);
        // Set from the YAML view (choosing a side of an overlap): the text shows the choice.
        return s.view === 'yaml' ? { ...fresh(draft, 'yaml') } : { ...s, draft };
      }),
    [],
  );

  const setYamlText = useCallback((text: string) => {
    const reading = fromYAML(text);
    setState((s) =>
      reading.ok
        ? {
            ...s,
            yamlText: text,
            draft: reading.value as R,
            yamlOf: reading.value as R,
            yamlError: undefined,
            yamlTyped: true,
          }
        : { ...s, yamlText: text, yamlError: reading.message, yamlTyped: true },
    );
  }, []);

  const switchTo = useCallback(
    (view: EditorView) => {
      if (view === state.view) return true;
      if (view === 'form' && state.yamlError !== undefined) return false;
      setState((s) =>
        view === 'yaml' && s.draft !== s.yamlOf ? fresh(s.draft, view) : { ...s, view },
      );
      return true;
    },
    [state.view, state.yamlError],
  );

  const reset = useCallback((object: R) => setState((s) => fresh(object, s.view)), []);

  const rebase = useCallback(
    (server: Draft) =>
      setState((s) => {
        const draft = withServerFields(s.draft, server);
        if (s.draft !== s.yamlOf) return { ...s, draft };
        // Text written from the draft is written again; text the user typed is theirs and stays
        // (a save takes resourceVersion from the version the edit stands on, not from the text).
        return s.yamlTyped ? { ...s, draft, yamlOf: draft } : { ...fresh(draft, s.view) };
      }),
    [],
  );

  return {
    view: state.view,
    draft: state.draft,
    yamlText: state.yamlText,
    yamlError: state.yamlError,
    setField,
    setYamlText,
    switchTo,
    reset,
    rebase,
  };
};
