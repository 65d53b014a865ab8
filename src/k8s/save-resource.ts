// Saving an edited object the one way every MetalLB form does: a server-side dry run first
// (`dryRun=All`: admission webhooks run, nothing is stored; MetalLB's webhooks declare no side
// effects), then the real create or update, both with strict field validation. An update carries the resourceVersion the user started
// from, so a change made meanwhile comes back as 409 and is never overwritten.
import type { K8sModel, K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { k8sCreate, k8sGet, k8sUpdate } from '@openshift-console/dynamic-plugin-sdk';
import { errorMessage, httpStatusOf } from './errors';
import type { PlainObject } from './plain-objects';
import { onlyServerChanged, withServerFields } from './server-fields';

export type SaveFailureKind = 'conflict' | 'refused' | 'forbidden' | 'failed';

/** Why a save did not happen; `message` is the server's text, verbatim. */
export class SaveFailure extends Error {
  constructor(
    readonly kind: SaveFailureKind,
    message: string,
    readonly stage: 'dry-run' | 'save',
    /** On a conflict: the object as it is now on the server. */
    readonly latest?: K8sResourceCommon,
  ) {
    super(message);
    this.name = 'SaveFailure';
  }
}

/** 409 on update is a conflict; 403 is RBAC unless an admission webhook said it; the rest refused. */
const classify = (error: unknown, creating: boolean): SaveFailureKind => {
  const status = httpStatusOf(error);
  const message = errorMessage(error);
  if (status === 409 && !creating) return 'conflict';
  if (status === 403 && !message.includes('admission webhook')) return 'forbidden';
  if (status !== undefined && status >= 400 && status < 500) return 'refused';
  return 'failed';
};

export interface SaveOptions<R extends K8sResourceCommon> {
  model: K8sModel;
  data: R;
  creating: boolean;
}

const send = <R extends K8sResourceCommon>(
  { model, data, creating }: SaveOptions<R>,
  dryRun: boolean,
): Promise<R> => {
  // Strict: a field the server's schema lacks is refused in the server's words rather than dropped
  // without a word (MetalLB before v0.16, as in OpenShift 4.20, has no serviceSelectors on
  // advertisements and no localASN on BGPPeer; a typo in the YAML view is another such field).
  const queryParams: Record<string, string> = dryRun
    ? { dryRun: 'All', fieldValidation: 'Strict' }
    : { fieldValidation: 'Strict' };
  return creating
    ? k8sCreate<R>({ model, data, queryParams })
    : k8sUpdate<R>({ model, data, queryParams });
};

const fail = async <R extends K8sResourceCommon>(
  error: unknown,
  options: SaveOptions<R>,
  stage: 'dry-run' | 'save',
): Promise<never> => {
  const kind = classify(error, options.creating);
  let latest: K8sResourceCommon | undefined;
  if (kind === 'conflict') {
    latest = await k8sGet({
      model: options.model,
      name: options.data.metadata?.name,
      ns: options.data.metadata?.namespace,
    }).catch(() => undefined);
  }
  throw new SaveFailure(kind, errorMessage(error), stage, latest);
};

/** Dry run, then save; throws a SaveFailure saying which step refused and why. */
export const dryRunThenSave = async <R extends K8sResourceCommon>(
  options: SaveOptions<R>,
): Promise<R> => {
  try {
    await send(options, true);
  } catch (error) {
    return fail(error, options, 'dry-run');
  }
  try {
    return await send(options, false);
  } catch (error) {
    return fail(error, options, 'save');
  }
};

/** Only the dry run: what the server would say, nothing stored. */
export const dryRunOnly = async <R extends K8sResourceCommon>(
  options: SaveOptions<R>,
): Promise<void> => {
  try {
    await send(options, true);
  } catch (error) {
    await fail(error, options, 'dry-run');
  }
};

/** Status-only 409s in a row a save rides over (MetalLB may write a pool's status several times a second). */
const SERVER_CHANGE_RETRIES = 5;

/**
 * Dry run, then save; a 409 whose newer version differs from `base` only in what the server writes
 * (MetalLB rewrote the status between the watch's last word and this save) does not stop it: the
 * user's change stands on the newer version just as well, so it is sent again on it, and `onNewer`
 * hears of the version. Any other failure is thrown as by dryRunThenSave.
 */
export const saveOverServerChanges = async <R extends K8sResourceCommon>(
  options: SaveOptions<R>,
  base: K8sResourceCommon,
  onNewer: (newer: K8sResourceCommon) => void,
): Promise<R> => {
  let data = options.data;
  for (let attempt = 0; ; attempt++) {
    try {
      return await dryRunThenSave({ ...options, data });
    } catch (error) {
      const newer = error instanceof SaveFailure ? error.latest : undefined;
      const serverOnly = !!newer && onlyServerChanged(base as PlainObject, newer as PlainObject);
      if (!newer || !serverOnly || attempt >= SERVER_CHANGE_RETRIES) throw error;
      onNewer(newer);
      data = withServerFields(data as PlainObject, newer as PlainObject) as R;
    }
  }
};
