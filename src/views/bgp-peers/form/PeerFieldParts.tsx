// The BGP peer form's field bound to one spec key: the shared text or number field, with the
// peer's ids (peer-<key>) and the native BGP limit on that key, if any.
import type { FC } from 'react';
import type { BGPPeer, NativeLimit } from '../../../metallb';
import type { FormFieldsProps } from '../../../components/resource-form/ResourceFormPage';
import { NumberField, TextField } from '../../../components/kind-form/SpecInputs';
import { NativeBGPLimit } from '../../../components/kind-form/NativeBGPLimit';

type Spec = NonNullable<BGPPeer['spec']>;

export const SpecField: FC<
  Pick<FormFieldsProps<BGPPeer>, 'draft' | 'setField' | 'issues'> & {
    field: keyof Spec;
    label: string;
    number?: boolean;
    hint?: string;
    placeholder?: string;
    isRequired?: boolean;
    type?: 'text' | 'password';
    alsoPaths?: string[];
    limits: NativeLimit[];
  }
> = ({ draft, field, number, type, limits, ...props }) => {
  const value = draft.spec?.[field];
  const common = {
    ...props,
    id: `peer-${field}`,
    path: ['spec', field],
    note: <NativeBGPLimit limits={limits} path={`spec.${field}`} />,
  };
  return number ? (
    <NumberField {...common} value={value as number | undefined} />
  ) : (
    <TextField {...common} type={type} value={value === undefined ? undefined : String(value)} />
  );
};
