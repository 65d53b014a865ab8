import { isPortName, portIssues, presetPort, PORT_PRESETS, type PortChoice } from './ports';

const port = (
  name: string,
  p: number,
  protocol: PortChoice['protocol'] = 'TCP',
  target = p,
): PortChoice => ({
  name,
  port: p,
  protocol,
  targetPort: target,
});

describe('port presets', () => {
  it('offers the lab’s database and the usual guest services', () => {
    expect(PORT_PRESETS.map((p) => [p.id, p.port])).toEqual([
      ['mysql', 3306],
      ['postgresql', 5432],
      ['ssh', 22],
      ['rdp', 3389],
      ['http', 80],
      ['https', 443],
    ]);
    expect(presetPort('mysql')).toEqual(port('mysql', 3306));
  });
});

describe('portIssues', () => {
  it('accepts several valid ports', () => {
    expect(portIssues([port('mysql', 3306), port('ssh', 22), port('dns', 53, 'UDP')])).toEqual([]);
  });
  it('wants at least one port', () => {
    expect(portIssues([])).toEqual([{ code: 'no-ports', index: -1 }]);
  });
  it('lets a single port go unnamed but not two', () => {
    expect(portIssues([port('', 80)])).toEqual([]);
    expect(portIssues([port('', 80), port('https', 443)])).toEqual([
      { code: 'name-required', index: 0, field: 'name' },
    ]);
  });
  it('refuses names Kubernetes refuses, duplicate names, and the same port and protocol twice', () => {
    expect(portIssues([port('MySQL', 3306)])[0].code).toBe('name-invalid');
    expect(portIssues([port('a', 1), port('a', 2)])).toEqual([
      { code: 'name-duplicate', index: 1, field: 'name', other: 0 },
    ]);
    expect(portIssues([port('a', 53), port('b', 53)])).toEqual([
      { code: 'port-duplicate', index: 1, field: 'port', other: 0 },
    ]);
    // the same number over two protocols is fine
    expect(portIssues([port('a', 53), port('b', 53, 'UDP')])).toEqual([]);
  });
  it('keeps ports and target ports within 1-65535', () => {
    expect(portIssues([port('a', 0, 'TCP', 70000)]).map((i) => i.code)).toEqual([
      'port-range',
      'target-port-range',
    ]);
  });
  it('follows IANA service name rules', () => {
    expect(['mysql', 'http-alt', 'a1'].every(isPortName)).toBe(true);
    expect(['', '123', '-a', 'a-', 'a--b', 'sixteen-chars-xx', 'A'].some(isPortName)).toBe(false);
  });
});
