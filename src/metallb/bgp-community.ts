// BGP community values as MetalLB's community.New reads them: "65000:100" (two uint16) or
// "large:1:2:3" (three uint32); anything else may be the name of a Community alias.
import { goParseUintError } from './go-duration';
import { goQuote } from './go-format';

export type CommunityReading =
  | { kind: 'legacy' | 'large' }
  | { kind: 'invalid-value'; error: string }
  /** Not two or four ":" fields: MetalLB then looks for an alias of that name. */
  | { kind: 'not-a-value'; error: string };

export const readCommunity = (text: string): CommunityReading => {
  const fields = text.split(':');
  const section = (field: string, bits: 16 | 32): string | null => {
    const error = goParseUintError(field, bits);
    return error === null
      ? null
      : `invalid community value: invalid section ${goQuote(field)} of community ${goQuote(text)}, err: ${goQuote(error)}`;
  };
  if (fields.length === 2) {
    const error = section(fields[0], 16) ?? section(fields[1], 16);
    return error ? { kind: 'invalid-value', error } : { kind: 'legacy' };
  }
  if (fields.length === 4) {
    if (fields[0] !== 'large') {
      return {
        kind: 'invalid-value',
        error:
          'invalid community value: invalid marker for large community, expected community to be of format ' +
          `large:<uint32>:<uint32>:<uint32> but got ${goQuote(text)} instead`,
      };
    }
    const error = section(fields[1], 32) ?? section(fields[2], 32) ?? section(fields[3], 32);
    return error ? { kind: 'invalid-value', error } : { kind: 'large' };
  }
  return { kind: 'not-a-value', error: `invalid community format: ${text}` };
};
