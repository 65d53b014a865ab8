import { formatGoDuration, goParseUintError, parseGoDuration } from './go-duration';

describe('Go durations (recorded from time.ParseDuration and Duration.String)', () => {
  it.each([
    ['90s', '1m30s'],
    ['1m30s', '1m30s'],
    ['1.5s', '1.5s'],
    ['0s', '0s'],
    ['0', '0s'],
    ['500ms', '500ms'],
    ['1h', '1h0m0s'],
    ['2h3m4.5s', '2h3m4.5s'],
    ['100us', '100\u00b5s'],
    ['1\u00b5s', '1\u00b5s'],
    ['3ns', '3ns'],
    ['-2s', '-2s'],
    ['1.0000000001s', '1s'],
    ['.5s', '500ms'],
  ])('%s prints as %s', (text, printed) => {
    const ns = parseGoDuration(text);
    expect(ns).not.toBeNull();
    expect(formatGoDuration(ns!)).toBe(printed);
  });

  it.each(['', '1', '1e3s', 's', '.s', '1x', '1 s', '--1s'])('refuses %j', (text) => {
    expect(parseGoDuration(text)).toBeNull();
  });
});

describe('Go strconv.ParseUint errors', () => {
  it.each([
    ['70000', 16, 'strconv.ParseUint: parsing "70000": value out of range'],
    ['', 16, 'strconv.ParseUint: parsing "": invalid syntax'],
    ['+1', 16, 'strconv.ParseUint: parsing "+1": invalid syntax'],
    [
      '99999999999999999999999x',
      32,
      'strconv.ParseUint: parsing "99999999999999999999999x": value out of range',
    ],
    ['65535', 16, null],
    ['4294967295', 32, null],
  ] as const)('%j (%d bits)', (text, bits, error) => {
    expect(goParseUintError(text, bits)).toBe(error);
  });
});
