// Newer versions of the object being edited, from the watch or from a save refused with 409. One that
// differs only in what the server writes (MetalLB's status, the resourceVersion) is taken underneath
// the draft without a word; one with someone else's change is held as `theirs` until the user applies
// their own changes onto it (a three-way merge, overlaps left for them to decide) or reloads it.
import { useRef, useState } from 'react';
import { onlyServerChanged, withServerFields } from '../../k8s/server-fields';
import { threeWayMerge, type Overlap } from '../../k8s/three-way-merge';
import type { Draft } from './draft';
import type { FormYamlSync } from './useFormYamlSync';

export type Side = 'yours' | 'theirs';

export interface MergeReview {
  overlaps: Overlap[];
  /** The side chosen for each overlap, by index; undefined while undecided. */
  decisions: Array<Side | undefined>;
}

export interface NewerVersions {
  /** The version the draft stands on: its resourceVersion is the one a save sends. */
  base: Draft;
  /** A newer version with someone else's change, while the user has not dealt with it. */
  theirs?: Draft;
  /** `theirs` came from a save the server refused with 409. */
  refusedSave: boolean;
  /** After the user's changes were applied onto theirs: the fields both changed. */
  review?: MergeReview;
  /**
   * Takes a newer version: 'rebased' when it differed only in what the server writes (the draft now
   * stands on it), 'conflict' when someone else changed it, 'same' when it is not newer.
   */
  receive: (
    version: Draft | undefined,
    fromRefusedSave?: boolean,
  ) => 'rebased' | 'conflict' | 'same';
  /** The draft as a save sends it: the user's content with the server's part of `base`. */
  toSave: () => Draft;
  applyYours: () => void;
  reload: () => void;
  decide: (index: number, side: Side) => void;
  dismissReview: () => void;
}

const versionOf = (obj: Draft | undefined) =>
  (obj?.metadata as { resourceVersion?: string } | undefined)?.resourceVersion;

export const useNewerVersions = (initial: Draft, sync: FormYamlSync<Draft>): NewerVersions => {
  // Read synchronously by a save that retries after a status-only 409, hence a ref beside the state.
  const baseRef = useRef(initial);
  const [base, setBaseState] = useState(initial);
  const [theirs, setTheirs] = useState<{ version: Draft; refusedSave: boolean }>();
  const [review, setReview] = useState<MergeReview>();
  const setBase = (version: Draft) => {
    baseRef.current = version;
    setBaseState(version);
  };

  const receive: NewerVersions['receive'] = (received, fromRefusedSave = false) => {
    const rv = versionOf(received);
    if (!received || rv === undefined || rv === versionOf(baseRef.current)) return 'same';
    // A list or watch item comes without apiVersion and kind: its absence is no one's change.
    const { apiVersion, kind, ...rest } = received;
    const version = {
      apiVersion: apiVersion ?? baseRef.current.apiVersion,
      kind: kind ?? baseRef.current.kind,
      ...rest,
    };
    if (onlyServerChanged(baseRef.current, version)) {
      setBase(version);
      sync.rebase(version);
      // Someone's change that was pending and is now undone is no longer theirs to show.
      setTheirs(undefined);
      return 'rebased';
    }
    setTheirs((held) =>
      versionOf(held?.version) === rv && !fromRefusedSave
        ? held
        : { version, refusedSave: fromRefusedSave || (held?.refusedSave ?? false) },
    );
    return 'conflict';
  };

  const toSave = () => withServerFields(sync.draft, baseRef.current);

  const applyYours = () => {
    if (!theirs) return;
    const { merged, overlaps } = threeWayMerge(baseRef.current, toSave(), theirs.version);
    setBase(theirs.version);
    sync.reset(merged);
    setTheirs(undefined);
    setReview({ overlaps, decisions: overlaps.map(() => undefined) });
  };

  const reload = () => {
    if (!theirs) return;
    setBase(theirs.version);
    sync.reset(theirs.version);
    setTheirs(undefined);
    setReview(undefined);
  };

  const decide = (index: number, side: Side) => {
    if (!review) return;
    const overlap = review.overlaps[index];
    sync.setField(overlap.path, overlap[side]);
    setReview({ ...review, decisions: review.decisions.map((d, i) => (i === index ? side : d)) });
  };

  return {
    base,
    theirs: theirs?.version,
    refusedSave: theirs?.refusedSave ?? false,
    review,
    receive,
    toSave,
    applyYours,
    reload,
    decide,
    dismissReview: () => setReview(undefined),
  };
};
